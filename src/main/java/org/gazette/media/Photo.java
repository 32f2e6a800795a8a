package org.gazette.media;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded photo as the library and the editor's photo picker show it, with the
 * markdown that inserts it as a figure.
 *
 * @param name its name
 * @param url where readers load it
 * @param width its width in pixels
 * @param height its height in pixels
 * @param contentType its media type
 * @param byteSize its size in bytes
 * @param alt the text alternative, or {@code null}
 * @param caption the caption, or {@code null}
 * @param credit the credit line, or {@code null}
 * @param createdAt when it was stored
 * @param variantWidths the widths of its resized copies, narrowest first
 * @param thumbnailUrl its narrowest copy, or the original when it has none
 * @param srcset the {@code srcset} offering its copies, or {@code null} when it has none
 * @param snippet the markdown that shows it as a figure with caption and credit
 */
record Photo(String name, String url, int width, int height, String contentType, long byteSize, String alt,
		String caption, String credit, Instant createdAt, List<Integer> variantWidths, String thumbnailUrl,
		String srcset, String snippet) {

	static Photo of(PhotoRow row, List<MediaVariant> variants) {
		String url = "/media/" + row.name();
		String thumbnail = variants.isEmpty() ? url : variants.get(0).url();
		return new Photo(row.name(), url, row.width(), row.height(), row.contentType(), row.byteSize(), row.alt(),
				row.caption(), row.credit(), row.createdAt(), variants.stream().map(MediaVariant::width).toList(),
				thumbnail, Srcsets.of(url, row.width(), variants),
				Snippets.figure(url, row.alt(), row.caption(), row.credit()));
	}

	/**
	 * The size for people.
	 * @return e.g. {@code 2.4 MB}
	 */
	public String byteSizeText() {
		return Sizes.text(this.byteSize);
	}

}
