package org.gazette.media;

import java.time.Instant;
import java.util.List;

import org.gazette.account.SecurityConfiguration;
import org.gazette.article.SiteNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest({ MediaAdminController.class, MediaController.class })
@Import(SecurityConfiguration.class)
class MediaAdminControllerTests {

	private static final Photo PHOTO = new Photo("summit-1a2b3c4d5e6f.png", "/media/summit-1a2b3c4d5e6f.png", 1200, 675,
			"image/png", 24_000, "Leaders", "The summit", "© Agency", Instant.parse("2026-01-01T10:00:00Z"),
			List.of(480, 960), "/media/summit-1a2b3c4d5e6f-480w-0a1b2c3d.png",
			"/media/summit-1a2b3c4d5e6f-480w-0a1b2c3d.png 480w, /media/summit-1a2b3c4d5e6f.png 1200w",
			"![Leaders](/media/summit-1a2b3c4d5e6f.png \"The summit\"){credit=\"© Agency\"}");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private MediaService media;

	@MockitoBean(name = "siteNavigation")
	private SiteNavigation navigation;

	@BeforeEach
	void library() {
		given(this.media.maxUploadSizeText()).willReturn("10 MB");
		given(this.media.maxUploadSize()).willReturn(10L * 1024 * 1024);
		given(this.media.photos(1, 24)).willReturn(new PhotoPage(List.of(PHOTO), 1, 1));
		given(this.media.photos(1, 12)).willReturn(new PhotoPage(List.of(PHOTO), 1, 1));
	}

	@Test
	void anonymousVisitorIsSentToSignIn() {
		assertThat(this.mvc.get().uri("/admin/media")).hasRedirectedUrl("/login");
		assertThat(this.mvc.post().uri("/admin/media").with(csrf()).multipart().file(photo("a.png")).param("alt", "x"))
			.hasRedirectedUrl("/login");
		verify(this.media, never()).upload(any());
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void uploadWithoutCsrfIsForbidden() {
		assertThat(this.mvc.post().uri("/admin/media").multipart().file(photo("a.png")).param("alt", "x"))
			.hasStatus(403);
		verify(this.media, never()).upload(any());
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void libraryShowsTheFormAndEachPhotoWithItsSnippetAndSizes() {
		assertThat(this.mvc.get().uri("/admin/media")).hasStatusOk()
			.hasViewName("admin/media/list")
			.bodyText()
			.contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"", "at most <span>10 MB</span>",
					"![Leaders](/media/summit-1a2b3c4d5e6f.png &quot;The summit&quot;){credit=&quot;© Agency&quot;}",
					"srcset=\"/media/summit-1a2b3c4d5e6f-480w-0a1b2c3d.png 480w, /media/summit-1a2b3c4d5e6f.png 1200w\"",
					"width=\"1200\" height=\"675\"", "/js/photo-picker");
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void libraryPageNumbersAreChecked() {
		assertThat(this.mvc.get().uri("/admin/media?page=0")).hasStatus(400);
		assertThat(this.mvc.get().uri("/admin/media?page=x")).hasStatus(400);
		given(this.media.photos(9, 24)).willThrow(new MediaNotFoundException("page 9"));
		assertThat(this.mvc.get().uri("/admin/media?page=9")).hasStatus(404);
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void pickerGetsRecentPhotosAsJson() {
		assertThat(this.mvc.get().uri("/admin/media").accept(MediaType.APPLICATION_JSON)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.maxUploadBytes", (value) -> value.assertThat().isEqualTo(10485760))
			.hasPathSatisfying("$.photos[0].snippet", (value) -> value.assertThat().isEqualTo(PHOTO.snippet()));
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void uploadRedirectsToTheLibraryWithAFlashMessage() {
		given(this.media.upload(any())).willReturn(PHOTO);
		assertThat(this.mvc.post()
			.uri("/admin/media")
			.with(csrf())
			.multipart()
			.file(photo("summit.png"))
			.param("alt", "Leaders")
			.param("caption", "The summit")
			.param("credit", "© Agency")).hasRedirectedUrl("/admin/media")
			.flash()
			.containsEntry("uploaded", PHOTO.name())
			.hasEntrySatisfying("success", (message) -> assertThat(message.toString()).contains(PHOTO.name()));
		verify(this.media).upload(any(PhotoUpload.class));
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void pickerUploadAnswersJsonWithTheSnippet() {
		given(this.media.upload(any())).willReturn(PHOTO);
		assertThat(this.mvc.post()
			.uri("/admin/media")
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON)
			.multipart()
			.file(photo("summit.png"))
			.param("alt", "Leaders")).hasStatus(201)
			.hasHeader("Location", PHOTO.url())
			.bodyJson()
			.hasPathSatisfying("$.name", (value) -> value.assertThat().isEqualTo(PHOTO.name()))
			.hasPathSatisfying("$.url", (value) -> value.assertThat().isEqualTo(PHOTO.url()))
			.hasPathSatisfying("$.width", (value) -> value.assertThat().isEqualTo(1200))
			.hasPathSatisfying("$.height", (value) -> value.assertThat().isEqualTo(675))
			.hasPathSatisfying("$.snippet", (value) -> value.assertThat().isEqualTo(PHOTO.snippet()));
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void refusedFileComesBackWithTheReasonAndWhatWasTyped() {
		given(this.media.upload(any()))
			.willThrow(new InvalidImageException("is not a PNG, JPEG, GIF or WebP image: it is an HTML page"));
		assertThat(this.mvc.post()
			.uri("/admin/media")
			.with(csrf())
			.multipart()
			.file(photo("evil.png"))
			.param("alt", "Typed alt")
			.param("caption", "Typed caption")).hasStatus(422)
			.hasViewName("admin/media/list")
			.bodyText()
			.contains("“evil.png” is not a PNG, JPEG, GIF or WebP image: it is an HTML page.", "value=\"Typed alt\"",
					"value=\"Typed caption\"");
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void missingFileAndAltTextAreAskedFor() {
		assertThat(this.mvc.post().uri("/admin/media").with(csrf()).multipart().param("caption", "Only a caption"))
			.hasStatus(422)
			.bodyText()
			.contains("Choose a photo to upload.", "Describe the photo for readers who cannot see it.");
		verify(this.media, never()).upload(any());
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void refusalAnswersJsonToThePicker() {
		given(this.media.upload(any())).willThrow(new InvalidImageException("is empty"));
		assertThat(this.mvc.post()
			.uri("/admin/media")
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON)
			.multipart()
			.file(photo("empty.png"))
			.param("alt", "Alt")).hasStatus(422)
			.bodyJson()
			.hasPathSatisfying("$.error", (value) -> value.assertThat().isEqualTo("“empty.png” is empty."))
			.hasPathSatisfying("$.fields.file", (value) -> value.assertThat().isEqualTo("“empty.png” is empty."));
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void fileAboveTheMultipartLimitGetsAClearMessageNotABare413() {
		given(this.media.upload(any())).willThrow(new MaxUploadSizeExceededException(11L * 1024 * 1024));
		assertThat(
				this.mvc.post().uri("/admin/media").with(csrf()).multipart().file(photo("huge.png")).param("alt", "x"))
			.hasStatus(413)
			.hasViewName("admin/media/list")
			.bodyText()
			.contains("The file is larger than the 10 MB a photo may be.");
		assertThat(this.mvc.post()
			.uri("/admin/media")
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON)
			.multipart()
			.file(photo("huge.png"))
			.param("alt", "x")).hasStatus(413)
			.bodyJson()
			.hasPathSatisfying("$.error",
					(value) -> value.assertThat().isEqualTo("The file is larger than the 10 MB a photo may be."));
	}

	@Test
	void imagesAreServedWithTheirTypeNosniffAYearOfCacheAndAnEntityTag() {
		given(this.media.findBytes("summit-1a2b3c4d5e6f.png"))
			.willReturn(java.util.Optional.of(new MediaBytes("image/png", "abc123", new byte[] { 1, 2, 3 })));
		assertThat(this.mvc.get().uri("/media/summit-1a2b3c4d5e6f.png")).hasStatusOk()
			.hasContentType("image/png")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("ETag", "\"abc123\"")
			.hasHeader("Cache-Control", "max-age=31536000, public, immutable");
	}

	@Test
	void revalidationIsAnsweredWithoutReadingTheBytes() {
		given(this.media.findEntityTag("summit-1a2b3c4d5e6f.png")).willReturn(java.util.Optional.of("abc123"));
		assertThat(this.mvc.get().uri("/media/summit-1a2b3c4d5e6f.png").header("If-None-Match", "W/\"x\", \"abc123\""))
			.hasStatus(304)
			.hasHeader("ETag", "\"abc123\"")
			.hasHeader("Cache-Control", "max-age=31536000, public, immutable");
		verify(this.media, never()).findBytes(any());
	}

	@Test
	void unknownOrMalformedNamesAreNotFound() {
		assertThat(this.mvc.get().uri("/media/absent-000000000000.png")).hasStatus(404);
		assertThat(this.mvc.get().uri("/media/..evil.png")).hasStatus(404);
		assertThat(this.mvc.get().uri("/media/UPPER.PNG")).hasStatus(404);
		verifyNoInteractions(this.navigation);
	}

	private static MockMultipartFile photo(String fileName) {
		return new MockMultipartFile("file", fileName, "image/png", new byte[] { 1, 2, 3 });
	}

}
