package org.gazette.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gazette.GazetteApplication;
import org.gazette.PostgresTestDatabase;
import org.gazette.PostgresTestEnvironment;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Editor;
import org.gazette.article.StoredArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database, each with its page cache: a save or a deletion on one
 * reaches the pages the other keeps within its check interval. Runs on H2 (one in-memory
 * database shared by both) and again on PostgreSQL.
 */
class PageCacheAcrossInstancesIntegrationTests {

	private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

	private static final Editor EDITOR = new Editor("chief", true);

	private static final Duration CHECK_INTERVAL = Duration.ofMillis(300);

	@TempDir
	private Path content;

	private final HttpClient reader = HttpClient.newHttpClient();

	@BeforeAll
	static void keepTheLoggingAsItIs() {
		System.setProperty(LOGGING_SYSTEM, "none");
	}

	@AfterAll
	static void restoreLogging() {
		System.clearProperty(LOGGING_SYSTEM);
	}

	@Test
	void aSaveOnOneInstanceReachesTheOthersKeptPagesWithinTheCheckInterval() throws Exception {
		Files.writeString(this.content.resolve("story.md"), "---\ntitle: Ferry story\nslug: ferry-story\n"
				+ "published: 2021-09-17T07:48:00Z\nsection: World\n---\nAs first imported.\n");
		List<String> database = database();
		try (ConfigurableApplicationContext a = start(database); ConfigurableApplicationContext b = start(database)) {
			ArticleService articles = a.getBean(ArticleService.class);
			StoredArticle story = articles.create(content("Ferry strike ends"), EDITOR);
			assertThat(headline(get(b, "/articles/ferry-strike-ends"))).isEqualTo("Ferry strike ends");
			get(b, "/articles/ferry-strike-ends");
			assertThat(get(b, "/").body()).contains("Ferry strike ends");

			long saved = System.nanoTime();
			articles.update(story.id(), story.version(), content("Ferry strike ends after talks"), false, EDITOR);
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> headline(get(b, "/articles/ferry-strike-ends")).equals("Ferry strike ends after talks"));
			assertThat(Duration.ofNanos(System.nanoTime() - saved)).as("within the check interval, plus slack")
				.isLessThan(CHECK_INTERVAL.plusSeconds(3));
			assertThat(get(b, "/").body()).contains("Ferry strike ends after talks");

			articles.delete(story.id(), EDITOR);
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> get(b, "/articles/ferry-strike-ends").statusCode() == 410);
			assertThat(get(a, "/articles/ferry-strike-ends").statusCode()).as("at once where it was deleted")
				.isEqualTo(410);
		}
	}

	/** One database for both instances: a PostgreSQL schema, or a named H2 database. */
	private static List<String> database() {
		if (PostgresTestDatabase.isActive()) {
			return List.of("--" + PostgresTestEnvironment.SCHEMA_PROPERTY + "=" + PostgresTestDatabase.createSchema());
		}
		return List.of("--spring.datasource.url=jdbc:h2:mem:instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	private ConfigurableApplicationContext start(List<String> database) {
		List<String> arguments = new ArrayList<>(database);
		arguments.addAll(List.of("--server.port=0", "--gazette.site.url=https://news.example",
				"--gazette.content.dir=" + this.content, "--gazette.admin.username=chief",
				"--gazette.admin.password=across-instances-password",
				"--gazette.site-version.check-interval=" + CHECK_INTERVAL.toMillis() + "ms"));
		return new SpringApplicationBuilder(GazetteApplication.class).run(arguments.toArray(String[]::new));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return this.reader.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String headline(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).selectFirst("h1").text();
	}

	private static ArticleContent content(String title) {
		return new ArticleContent(title, "ferry-strike-ends", "The lead of " + title + ".", "Body of " + title + ".",
				"World", List.of("Ferries"), null, null, null, ArticleStatus.PUBLISHED, null, null);
	}

}
