package org.gazette.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gazette.MutableClock;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Editor;
import org.gazette.article.SiteVersion;
import org.gazette.article.StoredArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' pages kept in memory are never stale: an editor's save, a deletion and a
 * scheduled story's time coming each show on the very next request. Signed-in editors are
 * never served from the cache and nothing they see is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gazette.admin.username=chief", "gazette.admin.password=" + PageCacheIntegrationTests.PASSWORD })
@Import(MutableClock.Configuration.class)
class PageCacheIntegrationTests {

	static final String PASSWORD = "page-cache-password";

	private static final Editor EDITOR = new Editor("chief", true);

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleService articles;

	@Autowired
	private MutableClock clock;

	@Autowired
	private PageCache cache;

	@Autowired
	private SiteVersion siteVersion;

	private final HttpClient reader = HttpClient.newHttpClient();

	@Test
	void anEditorsSaveShowsOnTheNextRequest() throws Exception {
		StoredArticle story = this.articles.create(content("Harbour reopens", "harbour-reopens"), EDITOR);
		assertThat(headline(get("/articles/harbour-reopens"))).isEqualTo("Harbour reopens");
		HttpResponse<String> kept = get("/articles/harbour-reopens");
		assertThat(isKept("/articles/harbour-reopens")).as("the page is served from memory").isTrue();
		assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(kept.headers().firstValue("Content-Security-Policy")).as("security headers are kept too")
			.hasValueSatisfying((policy) -> assertThat(policy).contains("script-src 'self'"));
		assertThat(kept.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(frontPage()).contains("Harbour reopens");

		this.articles.update(story.id(), story.version(), content("Harbour reopens after storm", "harbour-reopens"),
				false, EDITOR);

		assertThat(headline(get("/articles/harbour-reopens"))).isEqualTo("Harbour reopens after storm");
		assertThat(frontPage()).contains("Harbour reopens after storm");
	}

	@Test
	void searchResultsAreKeptAndAnEditorsSaveShowsInTheNextSearch() throws Exception {
		StoredArticle story = this.articles.create(content("Lighthouse keeper retires", "lighthouse-keeper"), EDITOR);
		String search = "/search?q=lighthouse";
		assertThat(text(get(search))).contains("Lighthouse keeper retires");
		assertThat(text(get(search))).contains("Lighthouse keeper retires");
		assertThat(isKept(search)).as("the results are served from memory").isTrue();
		get("/search?q=lighthouse&foo=bar");
		assertThat(isKept("/search?q=lighthouse&foo=bar")).as("only what the search form sends is kept").isFalse();

		this.articles.update(story.id(), story.version(),
				content("Lighthouse keeper retires after forty years", "lighthouse-keeper"), false, EDITOR);

		assertThat(text(get(search))).contains("Lighthouse keeper retires after forty years");
		this.articles.delete(story.id(), EDITOR);
		assertThat(text(get(search))).doesNotContain("Lighthouse keeper");
	}

	@Test
	void aDeletionShowsOnTheNextRequest() throws Exception {
		StoredArticle story = this.articles.create(content("Bridge closes", "bridge-closes"), EDITOR);
		get("/articles/bridge-closes");
		assertThat(get("/articles/bridge-closes").statusCode()).isEqualTo(200);
		assertThat(frontPage()).contains("Bridge closes");

		this.articles.delete(story.id(), EDITOR);

		assertThat(get("/articles/bridge-closes").statusCode()).isEqualTo(410);
		assertThat(frontPage()).doesNotContain("Bridge closes");
	}

	@Test
	void aScheduledStoryShowsOnTheFirstRequestAfterItsTime() throws Exception {
		ArticleContent scheduled = content("Eclipse tonight", "eclipse-tonight").withPublication(
				ArticleStatus.PUBLISHED, this.clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1)),
				null);
		this.articles.create(scheduled, EDITOR);
		assertThat(get("/articles/eclipse-tonight").statusCode()).isEqualTo(404);
		assertThat(frontPage()).doesNotContain("Eclipse tonight");
		assertThat(frontPage()).doesNotContain("Eclipse tonight");
		assertThat(isKept("/")).isTrue();

		this.clock.advance(Duration.ofHours(1));

		assertThat(frontPage()).contains("Eclipse tonight");
		assertThat(get("/articles/eclipse-tonight").statusCode()).isEqualTo(200);
	}

	@Test
	void signedInEditorsAreNeverServedFromTheCacheAndNothingTheySeeIsKept() throws Exception {
		HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(editor);
		this.articles.create(content("Editors only look", "editors-only-look"), EDITOR);
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> page = editor.send(request("/articles/editors-only-look").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Cache-Control")).contains(HttpCachingFilter.SIGNED_IN);
		}
		assertThat(isKept("/articles/editors-only-look")).as("what a signed-in editor saw").isFalse();

		get("/articles/editors-only-look");
		assertThat(isKept("/articles/editors-only-look")).isTrue();
		HttpResponse<String> signedIn = editor.send(request("/articles/editors-only-look").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Cache-Control")).as("not the reader's copy")
			.contains(HttpCachingFilter.SIGNED_IN);
	}

	@Test
	void keptPagesTravelGzipCompressedAndRevalidate() throws Exception {
		this.articles.create(content("Tides turn", "tides-turn"), EDITOR);
		HttpResponse<String> plain = get("/articles/tides-turn");
		get("/articles/tides-turn");
		assertThat(isKept("/articles/tides-turn")).isTrue();
		HttpResponse<byte[]> compressed = this.reader.send(
				request("/articles/tides-turn").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(compressed.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
		assertThat(new String(
				new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body())).readAllBytes(),
				StandardCharsets.UTF_8))
			.isEqualTo(plain.body());
		String etag = plain.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> revalidated = this.reader.send(
				request("/articles/tides-turn").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
	}

	private boolean isKept(String path) {
		PageCache.Generation generation = this.cache.generation(this.siteVersion.current().orElseThrow());
		return generation != null && generation.pages().getIfPresent("http://localhost:" + this.port + path) != null;
	}

	private String frontPage() throws IOException, InterruptedException {
		return get("/").body();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.reader.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private void signIn(HttpClient editor) throws IOException, InterruptedException {
		String csrf = Jsoup.parse(editor.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body())
			.selectFirst("input[name=_csrf]")
			.val();
		String form = "username=chief&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = editor
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
	}

	private static String text(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select("main").text();
	}

	private static String headline(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).selectFirst("h1").text();
	}

	private static ArticleContent content(String title, String slug) {
		return new ArticleContent(title, slug, "The lead of " + title + ".", "Body of " + title + ".", "World",
				List.of("Coast"), null, null, null, ArticleStatus.PUBLISHED, null, null);
	}

}
