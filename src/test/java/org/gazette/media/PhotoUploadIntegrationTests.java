package org.gazette.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.gazette.Multipart;
import org.gazette.account.AccountService;
import org.gazette.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos over real HTTP: an editor signs in, uploads through the form and through the
 * picker, and readers get the photo and its resized copies, and {@code srcset} on the
 * article's lead and body images. The limit is lowered so that oversized files stay
 * small.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "gazette.media.max-upload-size=200KB")
class PhotoUploadIntegrationTests {

	private static final Path CONTENT = contentWithAPhoto();

	private static final String PASSWORD = "photos-are-worth-a-thousand-words";

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private HttpClient browser;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("gazette.content.dir", CONTENT::toString);
	}

	@BeforeEach
	void signIn() throws Exception {
		String username = "photo-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, Role.CONTRIBUTOR);
		this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = Jsoup.parse(get("/login").body()).selectFirst("input[name=_csrf]").val();
		HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=" + PASSWORD + "&_csrf=" + encode(csrf))));
		assertThat(signIn.statusCode()).isEqualTo(302);
	}

	@Test
	void photoUploadedThroughTheFormIsServedWithItsCopies() throws Exception {
		Document library = Jsoup.parse(get("/admin/media").body());
		Element form = library.selectFirst("form[enctype=multipart/form-data]");
		Multipart upload = new Multipart().file("file", "Summit Photo.jpg", TestImages.jpeg(1800, 1000))
			.field("_csrf", form.selectFirst("input[name=_csrf]").val())
			.field("alt", "Leaders at the table")
			.field("caption", "The summit")
			.field("credit", "© Agency");
		HttpResponse<String> posted = send(upload.post(uri(form.attr("action"))));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/media"));

		Document after = Jsoup.parse(get("/admin/media").body());
		assertThat(after.select(".flash--success").text()).contains("Uploaded summit-photo-");
		Element card = after.selectFirst(".photo-card--new");
		Element img = card.selectFirst("img");
		String original = img.attr("src");
		assertThat(card.selectFirst("textarea.snippet").text())
			.isEqualTo("![Leaders at the table](" + original + " \"The summit\"){credit=\"© Agency\"}");

		HttpResponse<byte[]> image = this.browser.send(HttpRequest.newBuilder(uri(original)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
		assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(image.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000", "public", "immutable"));
		String etag = image.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> revalidated = this.browser.send(
				HttpRequest.newBuilder(uri(original)).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();

		List<String> candidates = Arrays.asList(img.attr("srcset").split(",\\s*"));
		assertThat(candidates).hasSize(4);
		assertThat(candidates.get(3)).isEqualTo(original + " 1800w");
		int[] widths = { 480, 960, 1600 };
		for (int i = 0; i < widths.length; i++) {
			String[] candidate = candidates.get(i).split(" ");
			assertThat(candidate[1]).isEqualTo(widths[i] + "w");
			HttpResponse<byte[]> copy = this.browser.send(HttpRequest.newBuilder(uri(candidate[0])).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(copy.statusCode()).isEqualTo(200);
			assertThat(copy.headers().firstValue("Content-Type")).contains("image/jpeg");
			assertThat(copy.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(ImageIO.read(new ByteArrayInputStream(copy.body())).getWidth()).isEqualTo(widths[i]);
		}
	}

	@Test
	void pickerUploadsWithTheTokenInAHeaderAndGetsJson() throws Exception {
		String token = Jsoup.parse(get("/admin/media").body()).selectFirst("input[name=_csrf]").val();
		HttpResponse<String> answer = send(new Multipart().file("file", "chart.png", TestImages.png(1100, 500))
			.field("alt", "A chart")
			.post(uri("/admin/media"))
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", token));
		assertThat(answer.statusCode()).isEqualTo(201);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(answer.body()).contains("\"width\":1100", "\"height\":500",
				"\"snippet\":\"![A chart](/media/chart-");
	}

	@Test
	void oversizedFilesAreRefusedWithAClearMessageAndNothingStored() throws Exception {
		int stored = storedImages();
		Document library = Jsoup.parse(get("/admin/media").body());
		Element form = library.selectFirst("form[enctype=multipart/form-data]");
		String token = form.selectFirst("input[name=_csrf]").val();

		// Above the photo limit, within the container's: the service measures it.
		HttpResponse<String> over = send(new Multipart().file("file", "big.png", new byte[300 * 1024])
			.field("_csrf", token)
			.field("alt", "Big")
			.post(uri(form.attr("action"))));
		assertThat(over.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(over.body()).select(".error").text())
			.contains("“big.png” is 300 KB, more than the 200 KB a photo may be.");

		// Far above: the container stops reading before the form's token is seen, and
		// answers with the site's page for 413.
		HttpResponse<String> far = send(new Multipart().file("file", "huge.png", new byte[1536 * 1024])
			.field("_csrf", token)
			.field("alt", "Huge")
			.post(uri(form.attr("action")))
			.header("Accept", "text/html"));
		assertThat(far.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(far.body()).select(".error-page__reason").text())
			.isEqualTo("The file is larger than the 200 KB a photo may be.");

		// The picker sends its token in a header, so the upload reaches the controller.
		HttpResponse<String> farFromPicker = send(new Multipart().file("file", "huge.png", new byte[1536 * 1024])
			.field("alt", "Huge")
			.post(uri("/admin/media"))
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", token));
		assertThat(farFromPicker.statusCode()).isEqualTo(413);
		assertThat(farFromPicker.body()).contains("The file is larger than the 200 KB a photo may be.");
		assertThat(storedImages()).isEqualTo(stored);
	}

	@Test
	void articleOffersResizedCopiesOfItsLeadAndBodyImages() throws Exception {
		Document article = Jsoup.parse(get("/articles/a-story-with-photos").body());
		Element lead = article.selectFirst(".article__image img");
		assertThat(lead.attr("width")).isEqualTo("1200");
		assertThat(lead.attr("height")).isEqualTo("675");
		assertThat(lead.attr("srcset")).matches("/media/lead-[0-9a-f]{12}-480w-[0-9a-f]{8}\\.png 480w, "
				+ "/media/lead-[0-9a-f]{12}-960w-[0-9a-f]{8}\\.png 960w, " + lead.attr("src") + " 1200w");
		assertThat(lead.attr("sizes")).isNotBlank();
		Element body = article.selectFirst(".article__body figure img");
		assertThat(body.attr("width")).isEqualTo("1000");
		assertThat(body.attr("srcset")).contains(" 480w, ", " 960w, ", body.attr("src") + " 1000w");
		assertThat(body.attr("sizes")).isNotBlank();

		Element front = Jsoup.parse(get("/").body()).selectFirst(".story--lead img");
		assertThat(front.attr("srcset")).isEqualTo(lead.attr("srcset"));
		assertThat(front.attr("sizes")).isNotBlank();
	}

	private int storedImages() {
		return this.jdbc.queryForObject("select count(*) from media", Integer.class);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Path contentWithAPhoto() {
		try {
			Path content = Files.createTempDirectory("gazette-photos");
			Files.createDirectories(content.resolve("images"));
			Files.write(content.resolve("images/lead.png"), TestImages.png(1200, 675));
			Files.write(content.resolve("images/inside.png"), TestImages.png(1000, 500));
			Files.writeString(content.resolve("story.md"), """
					---
					title: A story with photos
					published: 2021-09-17T07:48:00Z
					image: images/lead.png
					image_alt: The lead photo
					image_caption: The caption
					image_credit: © Agency
					---
					Before the photo.

					![Inside](images/inside.png "Inside caption"){credit="© Someone"}

					After the photo.
					""");
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
