package org.gazette.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gazette.GazetteJar;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar on an H2 file database, killed with SIGKILL the moment its last save
 * has answered, then started again on the same data: every article and every revision
 * that was saved is there, several crashes in a row.
 */
class CrashRecoveryJarIntegrationTests {

	private static final int CRASHES = 3;

	private static final int NEW_ARTICLES_PER_ROUND = 2;

	private static final String PASSWORD = "crash-test-password";

	@TempDir
	Path workingDirectory;

	private GazetteJar jar;

	@AfterEach
	void stopTheJar() throws InterruptedException {
		if (this.jar != null) {
			this.jar.stop();
		}
	}

	@Test
	void everySaveThatAnsweredSurvivesKillMinusNine() throws Exception {
		this.jar = GazetteJar
			.in(this.workingDirectory,
					Map.of("GAZETTE_DATA_DIR", this.workingDirectory.resolve("data").toString(),
							"GAZETTE_ADMIN_USERNAME", "chief", "GAZETTE_ADMIN_PASSWORD", PASSWORD),
					List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), GazetteJar.packagedJar())
			.start();
		List<SavedArticle> saved = new ArrayList<>();
		for (int round = 1; round <= CRASHES; round++) {
			Browser browser = new Browser(this.jar.port());
			assertThat(browser.signIn("chief", PASSWORD).location()).endsWith("/admin");
			for (SavedArticle article : saved) {
				edit(browser, article, round);
			}
			for (int i = 1; i <= NEW_ARTICLES_PER_ROUND; i++) {
				SavedArticle article = create(browser, round, i);
				edit(browser, article, round);
				saved.add(article);
			}
			this.jar.kill();
			this.jar.start();
			assertIntact(new Browser(this.jar.port()), saved, round);
		}
	}

	private SavedArticle create(Browser browser, int round, int number) {
		String title = "Round " + round + " story " + number;
		String body = body(title, 1);
		Browser.Page created = browser.post("/admin/articles",
				Map.of("title", title, "summary", "A lead.", "body", body, "status", "DRAFT", "tags", "crash"));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		long id = Long.parseLong(created.location().replaceAll(".*/admin/articles/(\\d+)/edit$", "$1"));
		SavedArticle article = new SavedArticle(id, title, new ArrayList<>());
		article.bodies().add(body);
		return article;
	}

	private void edit(Browser browser, SavedArticle article, int round) {
		Browser.Page form = browser.get("/admin/articles/" + article.id() + "/edit");
		assertThat(form.status()).isEqualTo(200);
		Map<String, String> fields = new LinkedHashMap<>(Browser.fieldsOf(form.form("#article-form")));
		String body = body(article.title() + ", round " + round, article.bodies().size() + 1);
		fields.put("body", body);
		Browser.Page saved = browser.post("/admin/articles/" + article.id(), fields);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		article.bodies().add(body);
	}

	private void assertIntact(Browser browser, List<SavedArticle> saved, int round) {
		assertThat(browser.signIn("chief", PASSWORD).location()).as("round %d: %s", round, this.jar.logTail())
			.endsWith("/admin");
		for (SavedArticle article : saved) {
			String export = browser.get("/admin/articles/" + article.id() + "/export").body();
			assertThat(export).as("round %d, article %s: the text last saved", round, article.title())
				.contains("title: " + article.title())
				.endsWith(article.bodies().get(article.bodies().size() - 1) + "\n");
			Document history = browser.get("/admin/articles/" + article.id() + "/history").document();
			assertThat(history.select("table tbody tr"))
				.as("round %d, article %s: one revision a save", round, article.title())
				.hasSize(article.bodies().size());
			// Each earlier revision is shown against the current text, its own lines
			// marked.
			for (int number = 1; number < article.bodies().size(); number++) {
				String revision = browser.get("/admin/articles/" + article.id() + "/history/" + number)
					.document()
					.text();
				assertThat(revision).as("round %d, article %s, revision %d", round, article.title(), number)
					.contains(article.bodies().get(number - 1));
			}
		}
	}

	/** A text no other save has, so that a revision cannot be mistaken for another. */
	private static String body(String what, int save) {
		return what + ", save " + save + ": " + UUID.randomUUID();
	}

	private record SavedArticle(long id, String title, List<String> bodies) {
	}

}
