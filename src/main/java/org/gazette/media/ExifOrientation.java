package org.gazette.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * The EXIF orientation of a photo. Cameras store pixels as the sensor saw them and say in
 * EXIF how to turn them; browsers honour that for the original, so resized copies, which
 * carry no EXIF, are turned upright before they are made, and the stored width and height
 * are the upright ones.
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private ExifOrientation() {
	}

	/**
	 * Reads the orientation of a JPEG.
	 * @param jpeg the file's bytes
	 * @return 1 to 8 as EXIF defines them; 1 when absent or unreadable
	 */
	static int read(byte[] jpeg) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
			if (exif.isEmpty()) {
				return NORMAL;
			}
			InputStream data = exif.get(0).data();
			// "Exif" is followed by two zero bytes; the identifier took the first.
			if (data.read() != 0) {
				return NORMAL;
			}
			try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
				Directory directory = new TIFFReader().read(tiff);
				Entry orientation = directory.getEntryById(TIFF.TAG_ORIENTATION);
				if (orientation != null && orientation.getValue() instanceof Number number) {
					int value = number.intValue();
					return (value >= 1 && value <= 8) ? value : NORMAL;
				}
				return NORMAL;
			}
		}
		catch (IOException | RuntimeException ex) {
			// Broken EXIF is common and harmless: the pixels decoded, so show them as
			// stored.
			return NORMAL;
		}
	}

	/**
	 * Turns pixels upright.
	 * @param image the pixels as stored
	 * @param orientation the EXIF orientation, 1 to 8
	 * @return the pixels as a browser shows them
	 */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= NORMAL || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swaps = orientation >= 5;
		// Each maps a stored pixel (x, y) to where it is shown (x', y').
		AffineTransform transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage upright = new BufferedImage(swaps ? h : w, swaps ? w : h, type);
		Graphics2D graphics = upright.createGraphics();
		try {
			graphics.drawImage(image, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return upright;
	}

}
