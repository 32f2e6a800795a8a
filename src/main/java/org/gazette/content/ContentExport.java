package org.gazette.content;

import org.gazette.article.ArticleContent;
import org.gazette.article.LeadImage;

/**
 * An article as a markdown file with front matter, in the format of {@code content/}:
 * dropped into the content directory, it imports as the same article.
 */
public final class ContentExport {

	private static final String MEDIA_PREFIX = "/media/";

	private ContentExport() {
	}

	/**
	 * Writes an article as a content file.
	 * @param content the article
	 * @return the file's text, UTF-8 when saved
	 */
	public static String markdownFile(ArticleContent content) {
		return ContentFileWriter.write(content);
	}

	/**
	 * Reads a file {@link #markdownFile} wrote back to the article it was written from.
	 * The import's rules (lengths, an update before the publish time) do not apply: they
	 * are for files people write, and what was stored comes back as it was. The lead
	 * image is named by its media URL; its size is not in the file, so it comes back
	 * without one.
	 * @param file the file's bytes (UTF-8)
	 * @return the article
	 * @throws IllegalArgumentException when the bytes are not such a file
	 */
	public static ArticleContent read(byte[] file) {
		ContentFile read;
		try {
			read = ContentFile.readWritten(file);
		}
		catch (InvalidContentException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		ContentFile.ImageReference image = read.image();
		if (image == null) {
			return read.content();
		}
		if (!image.path().startsWith(MEDIA_PREFIX)) {
			throw new IllegalArgumentException("image '" + image.path() + "' is not a media URL (/media/...)");
		}
		return read.content()
			.withImage(new LeadImage(image.path().substring(MEDIA_PREFIX.length()), image.alt(), image.caption(),
					image.credit(), null, null));
	}

	/**
	 * A name for the file.
	 * @param content the article
	 * @return {@code {slug}.md}
	 */
	public static String fileName(ArticleContent content) {
		return content.slug() + ".md";
	}

}
