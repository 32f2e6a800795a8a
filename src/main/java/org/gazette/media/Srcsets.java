package org.gazette.media;

import java.util.List;

/**
 * Builds {@code srcset} values: every resized copy, then the original at its own width.
 */
final class Srcsets {

	private Srcsets() {
	}

	static String of(String originalUrl, int originalWidth, List<MediaVariant> variants) {
		if (variants.isEmpty()) {
			return null;
		}
		StringBuilder srcset = new StringBuilder();
		for (MediaVariant variant : variants) {
			srcset.append(variant.url()).append(' ').append(variant.width()).append("w, ");
		}
		return srcset.append(originalUrl).append(' ').append(originalWidth).append('w').toString();
	}

}
