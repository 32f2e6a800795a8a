package org.gazette.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes the narrower copies of an image that {@code srcset} offers to phones and small
 * screens. Copies are never wider than the original, carry no metadata (no EXIF, so no
 * camera serial or location), and keep transparency where the original has it.
 */
final class ImageVariants {

	/**
	 * The widths made, narrowest first. Changing them calls for a new {@link #VERSION}.
	 */
	static final List<Integer> WIDTHS = List.of(480, 960, 1600);

	/**
	 * Bumped whenever the copies would come out differently, so that old ones are remade.
	 */
	static final int VERSION = 1;

	static final float JPEG_QUALITY = 0.85f;

	private ImageVariants() {
	}

	/**
	 * Makes the copies of an image.
	 * @param image the decoded original
	 * @return a copy for each of {@link #WIDTHS} narrower than the original; none for an
	 * animation, which a still copy would freeze
	 */
	static List<EncodedImage> of(InspectedImage image) {
		if (image.animated()) {
			return List.of();
		}
		List<EncodedImage> variants = new ArrayList<>();
		boolean alpha = image.pixels().getColorModel().hasAlpha();
		// No WebP encoder ships with Java: WebP copies become JPEG, or PNG when
		// transparent.
		ImageFormat format = switch (image.format()) {
			case JPEG -> ImageFormat.JPEG;
			case WEBP -> alpha ? ImageFormat.PNG : ImageFormat.JPEG;
			case PNG, GIF -> ImageFormat.PNG;
		};
		for (int width : WIDTHS) {
			if (width >= image.width()) {
				break;
			}
			int height = Math.max(1, Math.round((float) image.height() * width / image.width()));
			BufferedImage scaled = scale(image.pixels(), width, height, alpha && format == ImageFormat.PNG);
			variants.add(new EncodedImage(format, width, height, encode(scaled, format)));
		}
		return variants;
	}

	/**
	 * Scales down in steps of at most a half, each bilinear, which looks as good as area
	 * averaging at a fraction of its cost.
	 */
	static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
		BufferedImage current = source;
		boolean done = false;
		while (!done) {
			int nextWidth = current.getWidth() / 2;
			int nextHeight = current.getHeight() / 2;
			if (nextWidth <= width || nextHeight <= height) {
				nextWidth = width;
				nextHeight = height;
				done = true;
			}
			BufferedImage next = new BufferedImage(nextWidth, nextHeight,
					alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = next.createGraphics();
			try {
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
						RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				if (!alpha) {
					// Transparent pixels of an opaque copy show white, not black.
					graphics.setColor(Color.WHITE);
					graphics.fillRect(0, 0, nextWidth, nextHeight);
				}
				graphics.drawImage(current, 0, 0, nextWidth, nextHeight, null);
			}
			finally {
				graphics.dispose();
			}
			current = next;
		}
		return current;
	}

	static byte[] encode(BufferedImage image, ImageFormat format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format == ImageFormat.JPEG ? "jpeg" : "png").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			if (format == ImageFormat.JPEG) {
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(JPEG_QUALITY);
				parameters.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			// No metadata is passed, so none is written.
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Encoding a resized copy failed", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * An image encoded in memory.
	 *
	 * @param format its format
	 * @param width its width in pixels
	 * @param height its height in pixels
	 * @param data its bytes
	 */
	record EncodedImage(ImageFormat format, int width, int height, byte[] data) {
	}

}
