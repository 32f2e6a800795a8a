package org.gazette.media;

/**
 * A resized copy of an original.
 *
 * @param originalId the original's id
 * @param name the copy's own content-addressed name
 * @param width its width in pixels
 * @param height its height in pixels
 */
record MediaVariant(Long originalId, String name, int width, int height) {

	String url() {
		return "/media/" + this.name;
	}

}
