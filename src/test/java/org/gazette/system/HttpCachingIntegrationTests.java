package org.gazette.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.ImportedSource;
import org.gazette.article.ArticleStatus;
import org.gazette.markdown.ImageResolver;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What browsers, proxies and CDNs are told over real HTTP: public pages are revalidated
 * with 304s and cached briefly (never past a scheduled story's time), editors' pages are
 * never stored, assets are fingerprinted for a year, and pages travel gzip-compressed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpCachingIntegrationTests {

	private static final String ARTICLE = "/articles/sco-summit-putin-calls-for-common-line-on-afghanistan-in-wake-of-us-flight";

	private static final Pattern PUBLIC_PAGE = Pattern
		.compile("public, max-age=(\\d+)(?:, stale-while-revalidate=(\\d+))?");

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleService articles;

	@Autowired
	private JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/", ARTICLE, "/sections/world", "/tags/sco", "/?page=1" })
	void publicPageIsCachedBrieflyAndRevalidatedWithA304(String path) throws Exception {
		HttpResponse<String> page = send(get(path));
		assertThat(page.statusCode()).isEqualTo(200);
		String etag = page.headers().firstValue("ETag").orElseThrow();
		assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(cacheControl) -> assertThat(cacheControl).matches(PUBLIC_PAGE).doesNotContain("no-store"));
		assertThat(page.headers().firstValue("Pragma")).isEmpty();
		assertThat(page.headers().allValues("Set-Cookie")).as("readers get no session: nothing private to cache")
			.isEmpty();

		HttpResponse<String> again = send(get(path).header("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).contains(etag);
		assertThat(again.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).matches(PUBLIC_PAGE));

		assertThat(send(get(path).header("If-None-Match", "\"something-else\"")).statusCode()).isEqualTo(200);
	}

	@Test
	void scheduledStoryCutsTheCacheLifetimeShortOfItsPublishTime() throws Exception {
		Instant due = Instant.now().plusSeconds(45);
		this.articles.importArticle(
				new ArticleContent("Coming soon", "coming-soon", null, "Not yet.", "World", List.of(), null, null, null,
						ArticleStatus.PUBLISHED, due, null),
				ImageResolver.AS_WRITTEN, new ImportedSource("tests/coming-soon.md", "0", null));
		try {
			HttpResponse<String> page = send(get("/sections/world"));
			Instant asked = Instant.now();
			Matcher cacheControl = PUBLIC_PAGE.matcher(page.headers().firstValue("Cache-Control").orElseThrow());
			assertThat(cacheControl.matches()).isTrue();
			long fresh = Long.parseLong(cacheControl.group(1));
			long stale = (cacheControl.group(2) != null) ? Long.parseLong(cacheControl.group(2)) : 0;
			assertThat(asked.plusSeconds(fresh + stale)).as("no cache keeps the page past the story's time")
				.isBeforeOrEqualTo(due);
			assertThat(fresh).isLessThanOrEqualTo(45);
		}
		finally {
			this.jdbc.update("delete from article where slug = 'coming-soon'");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/admin", "/admin/accounts" })
	void editorsPagesAreNeverStored(String path) throws Exception {
		HttpResponse<String> page = send(get(path));
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).contains("no-store"));
		assertThat(page.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void errorPagesAreNotCached() throws Exception {
		HttpResponse<String> page = send(get("/articles/no-such-story"));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).contains("no-store"));
		assertThat(page.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void pagesAreGzipCompressedAndStillRevalidate() throws Exception {
		HttpResponse<byte[]> plain = this.http.send(get(ARTICLE).build(), HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> compressed = this.http.send(get(ARTICLE).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(compressed.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
		assertThat(gunzip(compressed.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
		assertThat(compressed.body().length).isLessThan(plain.body().length / 2);

		String etag = compressed.headers().firstValue("ETag").orElseThrow();
		assertThat(send(get(ARTICLE).header("Accept-Encoding", "gzip").header("If-None-Match", etag)).statusCode())
			.isEqualTo(304);
	}

	@Test
	void tinyResponsesAreNotCompressed() throws Exception {
		HttpResponse<String> health = send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/liveness"))
					.header("Accept-Encoding", "gzip"));
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void stylesheetsAreFingerprintedAndImmutableForAYear() throws Exception {
		List<String> stylesheets = Jsoup.parse(send(get("/")).body()).select("link[rel=stylesheet]").eachAttr("href");
		assertThat(stylesheets).isNotEmpty().allMatch((href) -> href.matches("/css/[a-z-]+-[0-9a-f]{32}\\.css"));

		HttpResponse<String> css = send(get(stylesheets.get(0)).header("Accept-Encoding", "gzip"));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl.split(",\\s*"))
				.containsExactlyInAnyOrder(HttpCachingFilter.IMMUTABLE.split(",\\s*")));
		assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");

		String stale = stylesheets.get(0).replaceFirst("-[0-9a-f]{32}", "-0123456789abcdef0123456789abcdef");
		assertThat(send(get(stale)).statusCode()).as("a fingerprint that does not match").isEqualTo(404);
		String unversioned = stylesheets.get(0).replaceFirst("-[0-9a-f]{32}", "");
		assertThat(send(get(unversioned)).headers().firstValue("Cache-Control")).as("the plain name")
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).matches(PUBLIC_PAGE));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream input = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
