package org.gazette.media;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import org.gazette.media.ImageVariants.EncodedImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageVariantsTests {

	@Test
	void copiesAreMadeAtEachWidthNarrowerThanTheOriginalKeepingTheAspectRatio() {
		List<EncodedImage> variants = ImageVariants.of(ImageInspector.inspect(TestImages.jpeg(1700, 850)));
		assertThat(variants).extracting(EncodedImage::width).containsExactly(480, 960, 1600);
		assertThat(variants).extracting(EncodedImage::height).containsExactly(240, 480, 800);
		for (EncodedImage variant : variants) {
			InspectedImage decoded = ImageInspector.inspect(variant.data());
			assertThat(decoded.format()).isEqualTo(ImageFormat.JPEG);
			assertThat(decoded.width()).isEqualTo(variant.width());
			assertThat(decoded.height()).isEqualTo(variant.height());
		}
	}

	@Test
	void noCopyIsEverWiderThanTheOriginal() {
		assertThat(ImageVariants.of(ImageInspector.inspect(TestImages.png(1000, 500)))).extracting(EncodedImage::width)
			.containsExactly(480, 960);
		assertThat(ImageVariants.of(ImageInspector.inspect(TestImages.png(960, 540)))).extracting(EncodedImage::width)
			.containsExactly(480);
		assertThat(ImageVariants.of(ImageInspector.inspect(TestImages.png(480, 270)))).isEmpty();
	}

	@Test
	void copiesCarryNoExifAndAreUpright() throws Exception {
		byte[] camera = TestImages.jpegWithOrientation(900, 600, 6);
		assertThat(exifSegments(camera)).isOne();
		List<EncodedImage> variants = ImageVariants.of(ImageInspector.inspect(camera));
		assertThat(variants).extracting(EncodedImage::width).containsExactly(480);
		assertThat(variants.get(0).height()).isEqualTo(720);
		assertThat(exifSegments(variants.get(0).data())).isZero();
	}

	@Test
	void formatsFollowTheOriginalWhereJavaCanWriteIt() {
		assertThat(ImageVariants.of(ImageInspector.inspect(TestImages.png(600, 300))).get(0).format())
			.isEqualTo(ImageFormat.PNG);
		assertThat(ImageVariants.of(ImageInspector.inspect(TestImages.gif(600, 300))).get(0).format())
			.isEqualTo(ImageFormat.PNG);
		assertThat(ImageVariants.of(ImageInspector.inspect(TestImages.webp())).get(0).format())
			.isEqualTo(ImageFormat.JPEG);
		EncodedImage transparent = ImageVariants.of(ImageInspector.inspect(TestImages.transparentWebp())).get(0);
		assertThat(transparent.format()).isEqualTo(ImageFormat.PNG);
		assertThat(ImageInspector.inspect(transparent.data()).pixels().getColorModel().hasAlpha()).isTrue();
	}

	@Test
	void animationsGetNoCopiesThatWouldFreezeThem() {
		assertThat(ImageVariants.of(ImageInspector.inspect(TestImages.animatedGif(600, 300, 2)))).isEmpty();
	}

	private static int exifSegments(byte[] jpeg) throws Exception {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			return JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif").size();
		}
	}

}
