package org.gazette.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.MutableClock;
import org.gazette.account.AccountService;
import org.gazette.account.Role;
import org.gazette.admin.Browser.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom over real HTTP, as an editor without JavaScript uses it: sign in, write,
 * preview, publish, schedule, rename, save concurrently, restore, export, delete and
 * import again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
class NewsroomIntegrationTests {

	private static final Path CONTENT = seedContent();

	private static final String SEED = "sco-summit-putin-calls-for-common-line-on-afghanistan-in-wake-of-us-flight";

	private static final Pattern EDIT_PATH = Pattern.compile("/admin/articles/(\\d+)/edit$");

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ApplicationContext context;

	@DynamicPropertySource
	static void contentDirectory(DynamicPropertyRegistry registry) {
		registry.add("gazette.content.dir", CONTENT::toString);
	}

	@Test
	void editorWritesPreviewsPublishesAndReadersSeeIt() {
		Browser editor = signedIn(Role.EDITOR);
		assertThat(editor.get("/admin/articles/new").status()).isEqualTo(200);

		Page preview = editor.post("/admin/preview", Map.of("title", "Preview headline", "summary", "A *lead*.", "body",
				"Some **bold** text.\n\n<script>alert(1)</script>"));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("Preview headline", "A <em>lead</em>.", "Some <strong>bold</strong> text.")
			.doesNotContain("<script>");

		Map<String, String> article = article("Gazette opens its newsroom", "newsroom-opens");
		article.put("body", "See [the story](/articles/no-such-story).\n");
		Page refused = editor.post("/admin/articles", article);
		assertThat(refused.status()).as("a broken link keeps an editor from publishing").isEqualTo(200);
		assertThat(refused.body()).contains("The link to /articles/no-such-story leads to no article.",
				"See [the story](/articles/no-such-story).");

		article.put("body", "See [the summit](/articles/" + SEED + ").\n");
		Page saved = editor.follow(editor.post("/admin/articles", article));
		assertThat(saved.body()).contains("Saved. It is published");
		assertThat(editor.get("/").body()).contains("Gazette opens its newsroom");
		Page page = editor.get("/articles/newsroom-opens");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().selectFirst(".article__body a").attr("href")).isEqualTo("/articles/" + SEED);
		assertThat(editor.get("/admin").body()).contains("Gazette opens its newsroom", "Published");
	}

	@Test
	void scheduledArticleAppearsOnlyWhenItsTimeComes() {
		Browser editor = signedIn(Role.EDITOR);
		Map<String, String> article = article("Scheduled for later", "scheduled-for-later");
		article.put("publishAt", ArticleForm.formatTime(this.clock.instant().plus(Duration.ofHours(2))));
		Page saved = editor.follow(editor.post("/admin/articles", article));
		assertThat(saved.body()).contains("Scheduled: readers see it from");
		assertThat(editor.get("/").body()).doesNotContain("Scheduled for later");
		assertThat(editor.get("/articles/scheduled-for-later").status()).isEqualTo(404);
		assertThat(editor.get("/admin?status=scheduled").body()).contains("Scheduled for later");

		this.clock.advance(Duration.ofHours(2).plusMinutes(1));
		assertThat(editor.get("/").body()).contains("Scheduled for later");
		assertThat(editor.get("/articles/scheduled-for-later").status()).isEqualTo(200);
	}

	@Test
	void renamedArticleKeepsItsOldAddressAsAPermanentRedirect() {
		Browser editor = signedIn(Role.EDITOR);
		long id = create(editor, article("A story that moves", "first-address"));
		Map<String, String> form = formOf(editor, id);
		form.put("slug", "second-address");
		assertThat(editor.post("/admin/articles/" + id, form).status()).isEqualTo(302);

		Page old = editor.get("/articles/first-address");
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.location()).endsWith("/articles/second-address");
		Page followed = editor.follow(old);
		assertThat(followed.status()).isEqualTo(200);
		assertThat(followed.body()).contains("A story that moves");
		assertThat(editor.get("/admin/redirects").body()).contains("/articles/first-address",
				"/articles/second-address");
	}

	@Test
	void secondOfTwoSavesOfTheSameVersionIsRefusedAndKeepsItsText() {
		Browser first = signedIn(Role.EDITOR);
		Browser second = signedIn(Role.EDITOR);
		long id = create(first, article("Two editors, one story", "two-editors"));
		Map<String, String> firstForm = formOf(first, id);
		Map<String, String> secondForm = formOf(second, id);

		firstForm.put("body", "The first editor's paragraph.\n");
		assertThat(first.post("/admin/articles/" + id, firstForm).status()).isEqualTo(302);

		secondForm.put("body", "The second editor's paragraph.\n");
		Page refused = second.post("/admin/articles/" + id, secondForm);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("saved this article while you were editing it");
		assertThat(refused.document().selectFirst("#body").wholeText()).contains("The second editor's paragraph.");
		assertThat(refused.document().select(".diff__line--removed").text()).contains("The first editor's paragraph.");
		assertThat(first.get("/articles/two-editors").body()).contains("The first editor's paragraph.");

		// Having seen the difference, the second editor saves deliberately over it.
		Map<String, String> again = Browser.fieldsOf(refused.form("#article-form"));
		assertThat(second.post("/admin/articles/" + id, again).status()).isEqualTo(302);
		assertThat(first.get("/articles/two-editors").body()).contains("The second editor's paragraph.");
	}

	@Test
	void restoringARevisionBringsBackItsTextAsANewRevision() {
		Browser editor = signedIn(Role.EDITOR);
		long id = create(editor, article("Restorable", "restorable"));
		Map<String, String> form = formOf(editor, id);
		form.put("body", "A regrettable rewrite.\n");
		assertThat(editor.follow(editor.post("/admin/articles/" + id, form)).body()).contains("Saved.");
		assertThat(editor.get("/articles/restorable").body()).contains("A regrettable rewrite.");

		Page history = editor.get("/admin/articles/" + id + "/history");
		assertThat(history.body()).contains("Revision 2", "Revision 1", "Created");
		Page revision = editor.get("/admin/articles/" + id + "/history/1");
		assertThat(revision.body()).contains("A regrettable rewrite.", "The original text.");
		Page restored = editor.follow(editor.post("/admin/articles/" + id + "/history/1/restore", Map.of()));
		assertThat(restored.body()).contains("Revision 1 restored");
		assertThat(editor.get("/articles/restorable").body()).contains("The original text.")
			.doesNotContain("A regrettable rewrite.");
		assertThat(editor.get("/admin/articles/" + id + "/history").body()).contains("Revision 3", "Restored");
	}

	@Test
	void contributorCannotPublishButSavesADraft() {
		Browser contributor = signedIn(Role.CONTRIBUTOR);
		Map<String, String> article = article("An intern's scoop", "interns-scoop");
		Page refused = contributor.post("/admin/articles", article);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Only editors can publish", "The original text.");
		assertThat(contributor.get("/articles/interns-scoop").status()).isEqualTo(404);

		article.put("status", "DRAFT");
		assertThat(contributor.follow(contributor.post("/admin/articles", article)).body())
			.contains("Saved as a draft.");
		assertThat(contributor.get("/articles/interns-scoop").status()).isEqualTo(404);
	}

	@Test
	void autosaveKeepsTheTextWithoutPublishingIt() {
		Browser editor = signedIn(Role.EDITOR);
		long id = create(editor, article("Autosaved story", "autosaved-story"));
		Map<String, String> form = formOf(editor, id);
		form.put("body", "Half a thought, not saved yet");
		Page autosaved = editor.post("/admin/articles/" + id + "/autosave", form);
		assertThat(autosaved.status()).isEqualTo(200);
		assertThat(autosaved.body()).contains("\"savedAt\"");
		assertThat(editor.get("/articles/autosaved-story").body()).doesNotContain("Half a thought");
		Page offered = editor.get("/admin/articles/" + id + "/edit");
		assertThat(offered.body()).contains("You have autosaved text");
		Page restored = editor.get("/admin/articles/" + id + "/edit?autosave=restore");
		assertThat(restored.document().selectFirst("#body").wholeText()).contains("Half a thought, not saved yet");
	}

	@Test
	void saveRefusedForAnExpiredSessionSaysTheTextIsKept() {
		Browser stranger = new Browser(this.port);
		Page refused = stranger.post("/admin/articles", article("Lost?", "lost"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("nothing you typed is lost").doesNotContain("Exception");
	}

	@Test
	void exportedArticleImportsAgainAsTheSameArticleAfterDeletion() throws Exception {
		Browser editor = signedIn(Role.EDITOR);
		long id = idOf(editor, SEED);
		Map<String, String> form = formOf(editor, id);
		form.put("body", form.get("body").replace("Speaking at", "Speaking, at"));
		form.put("tags", form.get("tags") + ", Dushanbe: \"summit\"");
		assertThat(editor.post("/admin/articles/" + id, form).status()).isEqualTo(302);

		Page export = editor.get("/admin/articles/" + id + "/export");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Disposition")).contains(SEED + ".md");
		String exported = export.body();
		assertThat(exported).startsWith("---\ntitle: ")
			.contains("Speaking, at", "image: \"/media/sco-summit-photo-placeholder-");

		Page confirm = editor.get("/admin/articles/" + id + "/delete");
		assertThat(confirm.body()).contains("Delete this article?");
		assertThat(editor.post("/admin/articles/" + id + "/delete", Map.of()).status()).isEqualTo(302);
		Page gone = editor.get("/articles/" + SEED);
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.document().selectFirst("h1").text()).isEqualTo("This article has been removed");
		assertThat(gone.document().selectFirst("header .site-name")).isNotNull();
		assertThat(editor.get("/").body()).doesNotContain("SCO Summit");

		assertThat(editor.post("/admin/articles/" + id + "/purge", Map.of()).status()).isEqualTo(302);
		assertThat(editor.get("/articles/" + SEED).status()).isEqualTo(404);

		Files.writeString(CONTENT.resolve("2021-09-17-sco-summit-putin-afghanistan.md"), exported,
				StandardCharsets.UTF_8);
		this.context.getBean("contentImporter", ApplicationRunner.class).run(new DefaultApplicationArguments());

		Page back = editor.get("/articles/" + SEED);
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.body()).contains("Speaking, at", "09:18 GMT 17.09.2021", "© Sputnik / Alexei Druzhinin");
		long reimported = idOf(editor, SEED);
		assertThat(editor.get("/admin/articles/" + reimported + "/export").body()).isEqualTo(exported);
	}

	private Browser signedIn(Role role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "a-long-password-1", role);
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(username, "a-long-password-1").location()).endsWith("/admin");
		return browser;
	}

	private Map<String, String> article(String title, String slug) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("slug", slug);
		fields.put("summary", "The lead of " + title + ".");
		fields.put("body", "The original text.\n");
		fields.put("section", "World");
		fields.put("tags", "Newsroom, Tests");
		fields.put("author", "Jane Reporter");
		fields.put("status", "PUBLISHED");
		fields.put("publishAt", "");
		return fields;
	}

	private long create(Browser editor, Map<String, String> article) {
		editor.get("/admin/articles/new");
		Page saved = editor.post("/admin/articles", article);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		Matcher matcher = EDIT_PATH.matcher(saved.location());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private Map<String, String> formOf(Browser editor, long id) {
		Page page = editor.get("/admin/articles/" + id + "/edit");
		assertThat(page.status()).isEqualTo(200);
		return Browser.fieldsOf(page.form("#article-form"));
	}

	private long idOf(Browser editor, String slug) {
		String href = editor.get("/admin?status=published")
			.document()
			.select("a[href^=/admin/articles/][href$=/edit]")
			.stream()
			.filter((link) -> link.closest("tr").select("a[href=/articles/" + slug + "]").size() > 0)
			.findFirst()
			.orElseThrow()
			.attr("href");
		Matcher matcher = EDIT_PATH.matcher(href);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static Path seedContent() {
		try {
			Path directory = Files.createTempDirectory("gazette-newsroom-content");
			Files.createDirectories(directory.resolve("images"));
			Path repository = Path.of("content");
			Files.copy(repository.resolve("2021-09-17-sco-summit-putin-afghanistan.md"),
					directory.resolve("2021-09-17-sco-summit-putin-afghanistan.md"));
			Files.copy(repository.resolve("images/sco-summit-photo-placeholder.png"),
					directory.resolve("images/sco-summit-photo-placeholder.png"));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
