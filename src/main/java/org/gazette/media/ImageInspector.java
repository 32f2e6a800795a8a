package org.gazette.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether bytes are a raster image by decoding them, whatever a file is called or
 * claims to be. Dimensions are read before the pixels so that a small file declaring a
 * huge image is refused without allocating it.
 */
final class ImageInspector {

	static final int MAX_PIXELS = 50_000_000;

	static {
		// The WebP reader and the more forgiving JPEG reader are found through the class
		// loader that first touches ImageIO; in a Spring Boot jar that may not be the
		// application's, so look again now.
		ImageIO.scanForPlugins();
	}

	private ImageInspector() {
	}

	/**
	 * Decodes an image.
	 * @param data the bytes
	 * @return the decoded image, turned upright as its EXIF orientation asks
	 * @throws InvalidImageException when the bytes are not an accepted, intact raster
	 * image
	 */
	static InspectedImage inspect(byte[] data) {
		if (data.length == 0) {
			throw new InvalidImageException("is empty");
		}
		ImageFormat format = ImageFormat.sniff(data);
		if (format == null) {
			throw new InvalidImageException(ImageFormat.describeUnaccepted(data));
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new InvalidImageException("is a " + format + " image this server cannot decode");
			}
			ImageReader reader = readers.next();
			TruncationWarnings truncation = new TruncationWarnings();
			reader.addIIOReadWarningListener(truncation);
			try {
				reader.setInput(input, false, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
					throw new InvalidImageException("is " + width + " × " + height + " pixels, more than "
							+ MAX_PIXELS / 1_000_000 + " megapixels");
				}
				BufferedImage pixels = reader.read(0);
				if (pixels == null || truncation.seen) {
					throw damaged(format);
				}
				boolean animated = format.mayBeAnimated() && hasSecondFrame(reader);
				int orientation = (format == ImageFormat.JPEG) ? ExifOrientation.read(data) : ExifOrientation.NORMAL;
				BufferedImage upright = ExifOrientation.apply(pixels, orientation);
				return new InspectedImage(format, upright.getWidth(), upright.getHeight(), upright, animated);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidImageException invalid) {
				throw invalid;
			}
			throw damaged(format);
		}
	}

	private static InvalidImageException damaged(ImageFormat format) {
		return new InvalidImageException("is damaged or cut short: it could not be decoded as " + format);
	}

	private static boolean hasSecondFrame(ImageReader reader) throws IOException {
		try {
			reader.getWidth(1);
			return true;
		}
		catch (IndexOutOfBoundsException ex) {
			return false;
		}
	}

	/**
	 * JPEG decoders fill a cut-short file with grey and only warn: such a file is
	 * refused, like a cut-short PNG.
	 */
	private static final class TruncationWarnings implements IIOReadWarningListener {

		private boolean seen;

		@Override
		public void warningOccurred(ImageReader source, String warning) {
			if (warning != null && warning.toLowerCase(Locale.ROOT).contains("premature end")) {
				this.seen = true;
			}
		}

	}

}
