package org.gazette.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Real images drawn for tests, and two tiny WebP files made with {@code cwebp} (Java
 * ships no WebP encoder).
 */
final class TestImages {

	private TestImages() {
	}

	static byte[] png(int width, int height) {
		return encode(drawing(width, height, BufferedImage.TYPE_INT_RGB), "png");
	}

	static byte[] transparentPng(int width, int height) {
		return encode(drawing(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	static byte[] jpeg(int width, int height) {
		return encode(drawing(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	static byte[] gif(int width, int height) {
		return encode(drawing(width, height, BufferedImage.TYPE_INT_RGB), "gif");
	}

	/** 1000 × 600, lossy. */
	static byte[] webp() {
		return resource("photo-1000x600.webp");
	}

	/** 600 × 300, lossless with transparency. */
	static byte[] transparentWebp() {
		return resource("transparent-600x300.webp");
	}

	static byte[] animatedGif(int width, int height, int frames) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			writer.prepareWriteSequence(null);
			for (int i = 0; i < frames; i++) {
				BufferedImage frame = drawing(width, height, BufferedImage.TYPE_INT_RGB);
				IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(frame), null);
				String format = metadata.getNativeMetadataFormatName();
				IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
				IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
				control.setAttribute("disposalMethod", "none");
				control.setAttribute("userInputFlag", "FALSE");
				control.setAttribute("transparentColorFlag", "FALSE");
				control.setAttribute("delayTime", "10");
				control.setAttribute("transparentColorIndex", "0");
				root.appendChild(control);
				metadata.setFromTree(format, root);
				writer.writeToSequence(new IIOImage(frame, null, metadata), null);
			}
			writer.endWriteSequence();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * A JPEG whose EXIF says how to turn it, as cameras write them.
	 */
	static byte[] jpegWithOrientation(int width, int height, int orientation) {
		byte[] jpeg = jpeg(width, height);
		// After SOI (2 bytes) and the JFIF APP0 segment comes our APP1 "Exif" segment.
		int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		int insertAt = 2 + 2 + app0Length;
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian header, IFD0 at 8
				0, 1, // one entry
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation,
																			// SHORT
				0, 0, 0, 0 }; // no next IFD
		byte[] exifHeader = { 'E', 'x', 'i', 'f', 0, 0 };
		int length = 2 + exifHeader.length + tiff.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, insertAt);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(exifHeader);
		out.writeBytes(tiff);
		out.write(jpeg, insertAt, jpeg.length - insertAt);
		return out.toByteArray();
	}

	static byte[] truncated(byte[] image) {
		return Arrays.copyOf(image, image.length * 2 / 3);
	}

	/**
	 * A drawing whose corners differ: red top left, green top right, blue bottom left,
	 * white bottom right, on grey.
	 */
	static BufferedImage drawing(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		if (type != BufferedImage.TYPE_INT_ARGB) {
			graphics.setColor(Color.GRAY);
			graphics.fillRect(0, 0, width, height);
		}
		int cornerWidth = Math.max(1, width / 4);
		int cornerHeight = Math.max(1, height / 4);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, cornerWidth, cornerHeight);
		graphics.setColor(Color.GREEN);
		graphics.fillRect(width - cornerWidth, 0, cornerWidth, cornerHeight);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, height - cornerHeight, cornerWidth, cornerHeight);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(width - cornerWidth, height - cornerHeight, cornerWidth, cornerHeight);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No " + format + " writer");
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] resource(String name) {
		try (InputStream input = TestImages.class.getResourceAsStream("/media/" + name)) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
