package org.gazette.markdown;

import java.util.Optional;

/**
 * Turns an image reference written in markdown into the image a reader's browser loads.
 * The importer maps files beside a content file to their media URLs; the admin adds sizes
 * of uploaded images.
 */
@FunctionalInterface
public interface ImageResolver {

	/** Leaves every image reference as written. */
	ImageResolver AS_WRITTEN = (src) -> Optional.empty();

	/**
	 * Resolves an image reference.
	 * @param src the reference as written in the markdown
	 * @return the image to show instead, or empty to keep the reference as written
	 */
	Optional<ResolvedImage> resolve(String src);

	/**
	 * An image as the page shows it.
	 *
	 * @param src the URL to load
	 * @param width the intrinsic width in pixels, or 0 when unknown
	 * @param height the intrinsic height in pixels, or 0 when unknown
	 * @param srcset a {@code srcset} value offering other widths, or {@code null}
	 */
	record ResolvedImage(String src, int width, int height, String srcset) {

		public ResolvedImage(String src) {
			this(src, 0, 0, null);
		}

	}

}
