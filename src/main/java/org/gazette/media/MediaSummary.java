package org.gazette.media;

/**
 * An image without its bytes: what resolving a reference to it needs.
 *
 * @param id its id
 * @param name its name
 * @param width its width in pixels
 * @param height its height in pixels
 * @param originalId the original it was resized from, or {@code null} for an original
 * @param variantsVersion which {@link ImageVariants#VERSION} made its resized copies
 */
record MediaSummary(Long id, String name, int width, int height, Long originalId, int variantsVersion) {

	boolean isOriginal() {
		return this.originalId == null;
	}

}
