package org.gazette.media;

import java.awt.image.BufferedImage;

/**
 * What decoding an image told about it.
 *
 * @param format the raster format
 * @param width the width in pixels, as a browser shows it (after EXIF orientation)
 * @param height the height in pixels, as a browser shows it
 * @param pixels the first frame, upright
 * @param animated whether it has more than one frame
 */
record InspectedImage(ImageFormat format, int width, int height, BufferedImage pixels, boolean animated) {
}
