package org.gazette.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import org.gazette.GazetteApplication;
import org.gazette.PostgresTestDatabase;
import org.gazette.PostgresTestEnvironment;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.ImportedSource;
import org.gazette.article.ArticleStatus;
import org.gazette.markdown.ImageResolver;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL, as behind a load balancer: started together they
 * import the content once, an editor's session from one is good on the other, a save on
 * one shows on the other at once, and a scheduled story appears on both on time.
 */
@EnabledIf(value = "org.gazette.PostgresTestDatabase#isActive", disabledReason = "runs in the PostgreSQL pass")
class SeveralInstancesIntegrationTests {

	private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

	/**
	 * The two instances start at once in one JVM; logging is set up once per JVM, and two
	 * start-ups setting it up together race. The JVM's logging stays as the tests set it.
	 */
	@BeforeAll
	static void keepTheLoggingAsItIs() {
		System.setProperty(LOGGING_SYSTEM, "none");
	}

	@AfterAll
	static void restoreLogging() {
		System.clearProperty(LOGGING_SYSTEM);
	}

	private static final String PASSWORD = "several-instances-password";

	@TempDir
	private Path content;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void instancesOnOneDatabaseAgree() throws Exception {
		Files.writeString(this.content.resolve("story.md"),
				"---\ntitle: Shared story\npublished: 2021-09-17T07:48:00Z\nsection: World\n---\nAs first imported.\n");
		String schema = PostgresTestDatabase.createSchema();
		// A thread for each instance, so that both start at once: the common pool may
		// have a single thread on two cores.
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CompletableFuture<ConfigurableApplicationContext> startingA = CompletableFuture.supplyAsync(() -> start(schema),
				threads);
		CompletableFuture<ConfigurableApplicationContext> startingB = CompletableFuture.supplyAsync(() -> start(schema),
				threads);
		threads.shutdown();
		try (ConfigurableApplicationContext a = startingA.join(); ConfigurableApplicationContext b = startingB.join()) {
			assertThat(imported(a, "created") + imported(b, "created")).as("the import ran once").isEqualTo(1);
			assertThat(imported(a, "unchanged") + imported(b, "unchanged")).isEqualTo(1);

			signIn(a);
			assertThat(get(b, "/admin/account/password").statusCode()).as("A's session on B").isEqualTo(200);

			ArticleService articles = a.getBean(ArticleService.class);
			articles.importArticle(content("Shared story, corrected", Instant.parse("2021-09-17T07:48:00Z")),
					ImageResolver.AS_WRITTEN,
					new ImportedSource("story.md", "changed", articles.importedSources().get("story.md").articleId()));
			HttpResponse<String> onA = get(a, "/articles/shared-story");
			HttpResponse<String> onB = get(b, "/articles/shared-story");
			assertThat(Jsoup.parse(onB.body()).selectFirst("h1").text()).isEqualTo("Shared story, corrected");
			assertThat(onB.body()).isEqualTo(onA.body());
			assertThat(onB.headers().firstValue("ETag")).as("caches validate against either instance")
				.isEqualTo(onA.headers().firstValue("ETag"));

			Instant due = Instant.now().plusSeconds(2);
			articles.importArticle(content("Scheduled story", due), ImageResolver.AS_WRITTEN,
					new ImportedSource("scheduled.md", "0", null));
			assertThat(get(b, "/articles/scheduled-story").statusCode()).isEqualTo(404);
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> get(b, "/articles/scheduled-story").statusCode() == 200);
			assertThat(Instant.now()).isAfterOrEqualTo(due);
		}
	}

	private ConfigurableApplicationContext start(String schema) {
		// Behind one balancer the instances share one public address, which absolute
		// links (canonical, feeds) are built from: here each has its own port.
		return new SpringApplicationBuilder(GazetteApplication.class).run("--server.port=0",
				"--gazette.site.url=https://news.example",
				"--" + PostgresTestEnvironment.SCHEMA_PROPERTY + "=" + schema, "--gazette.content.dir=" + this.content,
				"--gazette.admin.username=chief", "--gazette.admin.password=" + PASSWORD);
	}

	private void signIn(ConfigurableApplicationContext instance) throws IOException, InterruptedException {
		String csrf = Jsoup.parse(get(instance, "/login").body()).selectFirst("input[name=_csrf]").val();
		String form = "username=chief&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.browser
			.send(request(instance, "/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
			throws IOException, InterruptedException {
		return this.browser.send(request(instance, path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static double imported(ConfigurableApplicationContext instance, String result) {
		return instance.getBean(MeterRegistry.class)
			.get("gazette.content.imports")
			.tag("result", result)
			.counter()
			.count();
	}

	private static ArticleContent content(String title, Instant publishedAt) {
		String slug = title.startsWith("Shared") ? "shared-story" : "scheduled-story";
		return new ArticleContent(title, slug, null, "Body of " + title + ".", "World", List.of(), null, null, null,
				ArticleStatus.PUBLISHED, publishedAt, null);
	}

}
