package org.gazette.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether bytes are a raster image by decoding them, whatever a file is called or
 * claims to be. Dimensions are read before the pixels so that a small file declaring a
 * huge image is refused without allocating it.
 */
final class ImageInspector {

	static final int MAX_PIXELS = 50_000_000;

	private ImageInspector() {
	}

	static InspectedImage inspect(byte[] data) {
		ImageFormat format = ImageFormat.sniff(data);
		if (format == null) {
			throw new InvalidImageException("is not a PNG, JPEG, GIF or WebP image");
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new InvalidImageException("is a " + format + " image this server cannot decode");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
					throw new InvalidImageException("is " + width + " × " + height + " pixels, more than "
							+ MAX_PIXELS / 1_000_000 + " megapixels");
				}
				BufferedImage pixels = reader.read(0);
				if (pixels == null) {
					throw new InvalidImageException("could not be decoded as " + format);
				}
				return new InspectedImage(format, width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidImageException invalid) {
				throw invalid;
			}
			throw new InvalidImageException("is damaged: it could not be decoded as " + format);
		}
	}

}
