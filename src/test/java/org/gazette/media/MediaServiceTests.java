package org.gazette.media;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.gazette.MutableClock;
import org.gazette.markdown.ImageResolver.ResolvedImage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Storing photos with their resized copies in the database, and refusing everything else
 * without storing anything.
 */
@DataJpaTest(properties = "gazette.media.max-upload-size=300KB")
@Import({ MediaService.class, MediaImageResolver.class, MutableClock.Configuration.class })
@EnableConfigurationProperties(MediaProperties.class)
class MediaServiceTests {

	@Autowired
	private MediaService media;

	@Autowired
	private MediaImageResolver resolver;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestEntityManager entities;

	@Test
	void pngIsStoredWithItsDescriptionAndCopiesAt480And960() {
		Photo photo = upload("Summit Photo.PNG", TestImages.png(1200, 675));
		assertThat(photo.name()).matches("summit-photo-[0-9a-f]{12}\\.png");
		assertThat(photo.url()).isEqualTo("/media/" + photo.name());
		assertThat(photo)
			.extracting(Photo::width, Photo::height, Photo::contentType, Photo::alt, Photo::caption, Photo::credit)
			.containsExactly(1200, 675, "image/png", "Leaders at the table", "The summit", "© Agency");
		assertThat(photo.variantWidths()).containsExactly(480, 960);
		assertThat(photo.snippet())
			.isEqualTo("![Leaders at the table](/media/" + photo.name() + " \"The summit\"){credit=\"© Agency\"}");
		assertThat(photo.srcset()).matches("/media/summit-photo-[0-9a-f]{12}-480w-[0-9a-f]{8}\\.png 480w, "
				+ "/media/summit-photo-[0-9a-f]{12}-960w-[0-9a-f]{8}\\.png 960w, /media/" + photo.name() + " 1200w");
		assertThat(photo.thumbnailUrl()).contains("-480w-");
		assertThat(storedImages()).isEqualTo(3);
		assertCopy(photo, 0, "image/png", 480, 270);
		assertCopy(photo, 1, "image/png", 960, 540);
	}

	@Test
	void jpegGetsJpegCopiesAt480And960And1600() {
		Photo photo = upload("camera.jpg", TestImages.jpeg(2000, 1000));
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.variantWidths()).containsExactly(480, 960, 1600);
		assertCopy(photo, 2, "image/jpeg", 1600, 800);
	}

	@Test
	void webpIsAcceptedAndGetsJpegCopies() {
		Photo photo = upload("web.webp", TestImages.webp());
		assertThat(photo.contentType()).isEqualTo("image/webp");
		assertThat(photo.name()).endsWith(".webp");
		assertThat(this.media.findBytes(photo.name()).orElseThrow().data()).isEqualTo(TestImages.webp());
		assertCopy(photo, 0, "image/jpeg", 480, 288);
		assertCopy(photo, 1, "image/jpeg", 960, 576);
	}

	@Test
	void gifIsAcceptedAndAnAnimationKeptWhole() {
		assertThat(upload("still.gif", TestImages.gif(600, 300)).variantWidths()).containsExactly(480);
		assertThat(upload("moving.gif", TestImages.animatedGif(600, 300, 2)).variantWidths()).isEmpty();
	}

	@Test
	void everyRefusalSaysWhyAndStoresNothing() {
		assertRefused("evil.png",
				"<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
				"is not a PNG, JPEG, GIF or WebP image: it is an HTML page");
		assertRefused("logo.svg",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"
					.getBytes(StandardCharsets.UTF_8),
				"is not a PNG, JPEG, GIF or WebP image: it is an SVG drawing, which may carry scripts");
		assertRefused("empty.png", new byte[0], "is empty");
		assertRefused("cut.png", TestImages.truncated(TestImages.png(400, 300)),
				"is damaged or cut short: it could not be decoded as PNG");
		assertRefused("huge.png", new byte[400 * 1024], "is 400 KB, more than the 300 KB a photo may be");
		assertThat(storedImages()).isZero();
	}

	@Test
	void aFileLargerThanItDeclaredIsStillRefused() {
		byte[] data = new byte[400 * 1024];
		PhotoUpload lying = new PhotoUpload("small.png", 10, new ByteArrayResource(data), "Alt", null, null);
		assertThatExceptionOfType(InvalidImageException.class).isThrownBy(() -> this.media.upload(lying))
			.withMessage("is larger than the 300 KB a photo may be");
		assertThat(storedImages()).isZero();
	}

	@Test
	void sameBytesAreStoredOnceAndTakeTheLatestDescription() {
		byte[] png = TestImages.png(500, 250);
		Photo first = upload("one.png", png);
		Photo second = this.media
			.upload(new PhotoUpload("two.png", png.length, new ByteArrayResource(png), "New alt", "New caption", ""));
		assertThat(second.name()).isEqualTo(first.name());
		assertThat(second).extracting(Photo::alt, Photo::caption, Photo::credit)
			.containsExactly("New alt", "New caption", null);
		assertThat(storedImages()).isEqualTo(2);
	}

	@Test
	void libraryListsOriginalsNewestFirstWithTheirCopies() {
		Photo older = upload("older.png", TestImages.png(600, 300));
		this.clock.advance(Duration.ofMinutes(1));
		Photo newer = upload("newer.png", TestImages.png(300, 150));
		PhotoPage page = this.media.photos(1, 24);
		assertThat(page.photos()).extracting(Photo::name).containsExactly(newer.name(), older.name());
		assertThat(page.photos().get(1).variantWidths()).containsExactly(480);
		assertThat(page.totalPages()).isOne();
		assertThatExceptionOfType(MediaNotFoundException.class).isThrownBy(() -> this.media.photos(2, 24));
	}

	@Test
	void resolverGivesSizesAndSrcsetOfStoredImagesOnly() {
		Photo photo = upload("photo.png", TestImages.png(1000, 500));
		ResolvedImage resolved = this.resolver.resolve(photo.url()).orElseThrow();
		assertThat(resolved)
			.extracting(ResolvedImage::src, ResolvedImage::width, ResolvedImage::height, ResolvedImage::srcset)
			.containsExactly(photo.url(), 1000, 500, photo.srcset());
		String copy = photo.srcset().split(" ")[0];
		assertThat(this.resolver.resolve(copy).orElseThrow()).extracting(ResolvedImage::width, ResolvedImage::srcset)
			.containsExactly(480, null);
		assertThat(this.resolver.resolve("/media/absent-000000000000.png")).isEmpty();
		assertThat(this.resolver.resolve("https://example.com/media/" + photo.name())).isEmpty();
		assertThat(this.resolver.resolve("images/photo.png")).isEmpty();
	}

	@Test
	void copiesMissingFromOlderImagesAreMade() {
		Photo photo = upload("old.png", TestImages.png(1000, 500));
		this.entities.flush();
		this.jdbc.update("delete from media where original_id is not null");
		this.jdbc.update("update media set variants_version = 0");
		this.entities.clear();
		Long id = this.jdbc.queryForObject("select id from media", Long.class);
		assertThat(this.media.remakeVariants(id)).isEqualTo(2);
		assertThat(this.media.remakeVariants(id)).as("only once").isZero();
		assertThat(storedImages()).isEqualTo(3);
		assertThat(this.media.photos(1, 24).photos().get(0).variantWidths()).containsExactly(480, 960);
		assertThat(photo.variantWidths()).containsExactly(480, 960);
	}

	private Photo upload(String fileName, byte[] data) {
		return this.media.upload(new PhotoUpload(fileName, data.length, new ByteArrayResource(data),
				"Leaders at the table", "The summit", "© Agency"));
	}

	private void assertRefused(String fileName, byte[] data, String message) {
		assertThatExceptionOfType(InvalidImageException.class).isThrownBy(() -> upload(fileName, data))
			.withMessage(message);
	}

	private void assertCopy(Photo photo, int index, String contentType, int width, int height) {
		String name = photo.srcset().split(", ")[index].split(" ")[0].substring("/media/".length());
		MediaBytes copy = this.media.findBytes(name).orElseThrow();
		assertThat(copy.contentType()).isEqualTo(contentType);
		InspectedImage decoded = ImageInspector.inspect(copy.data());
		assertThat(List.of(decoded.width(), decoded.height())).containsExactly(width, height);
	}

	private int storedImages() {
		this.entities.flush();
		return this.jdbc.queryForObject("select count(*) from media", Integer.class);
	}

}
