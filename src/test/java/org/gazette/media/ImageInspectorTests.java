package org.gazette.media;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageInspectorTests {

	@Test
	void pngJpegGifAndWebpAreRecognisedByDecodingThem() {
		assertThat(ImageInspector.inspect(TestImages.png(40, 20)))
			.extracting(InspectedImage::format, InspectedImage::width, InspectedImage::height)
			.containsExactly(ImageFormat.PNG, 40, 20);
		assertThat(ImageInspector.inspect(TestImages.jpeg(30, 10)).format()).isEqualTo(ImageFormat.JPEG);
		assertThat(ImageInspector.inspect(TestImages.gif(8, 8)).format()).isEqualTo(ImageFormat.GIF);
		InspectedImage webp = ImageInspector.inspect(TestImages.webp());
		assertThat(webp).extracting(InspectedImage::format, InspectedImage::width, InspectedImage::height)
			.containsExactly(ImageFormat.WEBP, 1000, 600);
		assertThat(ImageInspector.inspect(TestImages.transparentWebp()).pixels().getColorModel().hasAlpha()).isTrue();
	}

	@Test
	void htmlNamedPngIsRefusedAsHtml() {
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(InvalidImageException.class).isThrownBy(() -> ImageInspector.inspect(html))
			.withMessage("is not a PNG, JPEG, GIF or WebP image: it is an HTML page");
	}

	@Test
	void svgIsRefusedAsADrawingThatMayCarryScripts() {
		byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(InvalidImageException.class).isThrownBy(() -> ImageInspector.inspect(svg))
			.withMessageContaining("SVG drawing, which may carry scripts");
	}

	@Test
	void emptyFileIsRefused() {
		assertThatExceptionOfType(InvalidImageException.class).isThrownBy(() -> ImageInspector.inspect(new byte[0]))
			.withMessage("is empty");
	}

	@Test
	void truncatedPngAndJpegAreRefusedAsCutShort() {
		assertThatExceptionOfType(InvalidImageException.class)
			.isThrownBy(() -> ImageInspector.inspect(TestImages.truncated(TestImages.png(300, 200))))
			.withMessage("is damaged or cut short: it could not be decoded as PNG");
		assertThatExceptionOfType(InvalidImageException.class)
			.isThrownBy(() -> ImageInspector.inspect(TestImages.truncated(TestImages.jpeg(300, 200))))
			.withMessage("is damaged or cut short: it could not be decoded as JPEG");
	}

	@Test
	void signatureAloneIsNotEnough() {
		byte[] fake = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 'n', 'o', 't', ' ', 'a', ' ', 'p', 'n',
				'g' };
		assertThatExceptionOfType(InvalidImageException.class).isThrownBy(() -> ImageInspector.inspect(fake))
			.withMessageContaining("could not be decoded as PNG");
	}

	@Test
	void animationIsToldApart() {
		assertThat(ImageInspector.inspect(TestImages.animatedGif(20, 10, 3)).animated()).isTrue();
		assertThat(ImageInspector.inspect(TestImages.gif(20, 10)).animated()).isFalse();
	}

	@Test
	void exifOrientationIsAppliedToPixelsAndSize() {
		InspectedImage portrait = ImageInspector.inspect(TestImages.jpegWithOrientation(400, 200, 6));
		assertThat(portrait.width()).isEqualTo(200);
		assertThat(portrait.height()).isEqualTo(400);
		assertThat(ExifOrientation.read(TestImages.jpegWithOrientation(40, 20, 8))).isEqualTo(8);
		assertThat(ExifOrientation.read(TestImages.jpeg(40, 20))).isEqualTo(ExifOrientation.NORMAL);
	}

	@ParameterizedTest
	@CsvSource({ "1, RED, GREEN, BLUE", "2, GREEN, RED, WHITE", "3, WHITE, BLUE, GREEN", "4, BLUE, WHITE, RED",
			"5, RED, BLUE, GREEN", "6, BLUE, RED, WHITE", "7, WHITE, GREEN, BLUE", "8, GREEN, WHITE, RED" })
	void eachOrientationTurnsTheCornersAsExifDefinesIt(int orientation, String topLeft, String topRight,
			String bottomLeft) {
		BufferedImage stored = TestImages.drawing(8, 4, BufferedImage.TYPE_INT_RGB);
		BufferedImage upright = ExifOrientation.apply(stored, orientation);
		assertThat(upright.getWidth() * upright.getHeight()).isEqualTo(32);
		assertThat(colour(upright, 0, 0)).isEqualTo(topLeft);
		assertThat(colour(upright, upright.getWidth() - 1, 0)).isEqualTo(topRight);
		assertThat(colour(upright, 0, upright.getHeight() - 1)).isEqualTo(bottomLeft);
	}

	private static String colour(BufferedImage image, int x, int y) {
		return switch (image.getRGB(x, y) & 0xFFFFFF) {
			case 0xFF0000 -> "RED";
			case 0x00FF00 -> "GREEN";
			case 0x0000FF -> "BLUE";
			case 0xFFFFFF -> "WHITE";
			default -> Integer.toHexString(image.getRGB(x, y));
		};
	}

}
