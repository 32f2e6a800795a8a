package org.gazette.media;

/**
 * What decoding an image told about it.
 *
 * @param format the raster format
 * @param width the width in pixels
 * @param height the height in pixels
 */
record InspectedImage(ImageFormat format, int width, int height) {
}
