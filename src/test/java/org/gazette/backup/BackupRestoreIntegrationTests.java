package org.gazette.backup;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.gazette.GazetteApplication;
import org.gazette.MutableClock;
import org.gazette.account.AccountService;
import org.gazette.account.Role;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Editor;
import org.gazette.article.LeadImage;
import org.gazette.article.StoredArticle;
import org.gazette.media.Media;
import org.gazette.media.MediaService;
import org.gazette.search.ArticleIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A newsroom with articles in every state (published, draft, scheduled, unpublished,
 * deleted, renamed with an old address, imported from {@code content/}, several revisions
 * each), photos with their descriptions and editor accounts is backed up, then restored
 * by {@code --gazette.backup.restore} into a second application with an empty database.
 * Every row of every table comes back the same, column by column and byte by byte (text,
 * rendered HTML, timestamps, image bytes and resized copies), ids aside. Runs on H2 and
 * on PostgreSQL.
 */
@SpringBootTest(properties = { "gazette.admin.username=admin", "gazette.admin.password=source-admin-password" })
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIntegrationTests {

	private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

	private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

	private static final Instant FAR_FUTURE = Instant.parse("2099-01-01T06:00:00Z");

	@Autowired
	private ArticleService articles;

	@Autowired
	private AccountService accounts;

	@Autowired
	private MediaService media;

	@Autowired
	private BackupWriter writer;

	@Autowired
	private BackupRestorer restorer;

	@Autowired
	private ArticleIndex index;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private MockMvcTester mvc;

	@TempDir
	private Path directory;

	@BeforeAll
	void newsroomWithEveryKindOfArticle() {
		// The other applications started here must not set up this JVM's logging again.
		System.setProperty(LOGGING_SYSTEM, "none");
		this.clock.set(START);
		this.accounts.create("editor", "editor-password-1", Role.EDITOR);
		this.accounts.create("writer", "writer-password-1", Role.CONTRIBUTOR);
		Editor editor = new Editor("editor", true);
		Editor writer = new Editor("writer", false);
		String harbour = upload("harbour.png", image("png", 1200, 800), "Boats in the harbour at dawn",
				"The harbour at dawn, the day it reopened", "© Gazette / A. Photographer");
		String summit = upload("summit.jpg", image("jpeg", 1000, 600), "Leaders around the summit table",
				"Leaders at the summit", "© Agency / B. Photographer");

		StoredArticle story = this.articles.create(
				published("Harbour reopens after the storm", "harbour-reopens", START.minus(1, ChronoUnit.DAYS))
					.withImage(lead(summit, "Leaders around the summit table", "Leaders at the summit", "© Agency")),
				editor);
		later();
		ArticleContent corrected = new ArticleContent(story.content().title(), story.content().slug(),
				story.content().summary(),
				"The harbour reopened on Monday.[^1]\n\n![Boats in the harbour at dawn](/media/" + harbour
						+ " \"The harbour at dawn\"){credit=\"© Gazette / A. Photographer\"}\n\n| Ship | Tonnes |\n"
						+ "|---|--:|\n| Aurora | 1,200 |\n\n[^1]: After nine days.\n",
				"World", List.of("Harbour", "Storm", "Шторм"), "A. Writer", "Gazette wire", story.content().image(),
				ArticleStatus.PUBLISHED, null, null, "An earlier version gave the wrong day.");
		story = this.articles.update(story.id(), story.version(), corrected, true, editor);
		later();
		this.articles.restore(story.id(), 1, editor);

		StoredArticle renamed = this.articles.create(published("Talks resume", "talks-resume", START), editor);
		later();
		ArticleContent moved = new ArticleContent("Talks resume in Geneva", "talks-resume-in-geneva",
				renamed.content().summary(), renamed.content().bodyMarkdown(), "World", List.of("Talks"), null, null,
				null, ArticleStatus.PUBLISHED, null, null);
		this.articles.update(renamed.id(), renamed.version(), moved, false, editor);

		later();
		this.articles.create(
				new ArticleContent("Notes for a feature", "feature-notes", null, "Half a thought.\n\n- one\n- two\n",
						null, List.of(), null, null, null, ArticleStatus.DRAFT, null, null),
				writer);
		later();
		this.articles.create(published("Election results", "election-results", FAR_FUTURE), editor);
		later();
		StoredArticle retracted = this.articles.create(published("Retracted story", "retracted-story", START), editor);
		later();
		this.articles.delete(retracted.id(), editor);
		later();
		StoredArticle pulled = this.articles.create(published("Pulled story", "pulled-story", START), editor);
		later();
		this.articles.unpublish(pulled.id(), editor);
		this.clock.set(Instant.now());
	}

	@AfterAll
	void restoreLogging() {
		System.clearProperty(LOGGING_SYSTEM);
	}

	@Test
	void restoreIntoAnEmptyDatabaseBringsBackEveryRowAsItWas() throws IOException {
		Path archive = this.directory.resolve("backup.zip");
		this.writer.write(archive, false);
		Tables source = Tables.of(this.jdbc);
		assertThat(source.articles).extracting((row) -> row.get("slug"))
			.contains("harbour-reopens", "talks-resume-in-geneva", "feature-notes", "election-results",
					"retracted-story", "pulled-story",
					"sco-summit-putin-calls-for-common-line-on-afghanistan-in-wake-of-us-flight");
		assertThat(source.aliases).extracting((row) -> row.get("slug")).containsExactly("talks-resume");
		assertThat(source.articles).filteredOn((row) -> row.get("deleted_at") != null).hasSize(1);
		assertThat(source.revisions).hasSizeGreaterThanOrEqualTo(source.articles.size() + 5);
		assertThat(source.media).filteredOn((row) -> row.get("original_name") != null)
			.as("resized copies")
			.hasSizeGreaterThanOrEqualTo(3);

		try (ConfigurableApplicationContext restored = restore(archive, "restored-admin-password")) {
			Tables copy = Tables.of(restored.getBean(JdbcTemplate.class));
			assertThat(copy.articles).isEqualTo(source.articles);
			assertThat(copy.tags).isEqualTo(source.tags);
			assertThat(copy.revisions).isEqualTo(source.revisions);
			assertThat(copy.aliases).isEqualTo(source.aliases);
			assertThat(copy.media).isEqualTo(source.media);
			assertThat(withoutPasswords(copy.accounts, "admin")).isEqualTo(withoutPasswords(source.accounts, "admin"));
			assertThat(copy.accounts).allSatisfy((account) -> assertThat(account.get("created_at"))
				.isEqualTo(source.account((String) account.get("username")).get("created_at")));

			ArticleIndex restoredIndex = restored.getBean(ArticleIndex.class);
			assertThat(restoredIndex.visibleCount()).isEqualTo(this.index.visibleCount()).isGreaterThan(2);
			assertThat(slugs(restored.getBean(JdbcTemplate.class), restoredIndex.newest(null, null, 50)))
				.as("the search index is in step, newest first")
				.isEqualTo(slugs(this.jdbc, this.index.newest(null, null, 50)));

			AuthenticationManager signIn = restored.getBean(AuthenticationManager.class);
			assertThatExceptionOfType(LockedException.class).as("restored without its password hash")
				.isThrownBy(() -> signIn.authenticate(signInAs("editor", "editor-password-1")));
			assertThat(signIn.authenticate(signInAs("admin", "restored-admin-password")).isAuthenticated())
				.as("GAZETTE_ADMIN_PASSWORD, given at the next start to the admin restored without one")
				.isTrue();
		}
	}

	@Test
	void adminsBackupWithPasswordHashesRestoresAccountsThatSignIn() throws Exception {
		MvcTestResult download = this.mvc.post()
			.uri("/admin/backup")
			.param("includePasswordHashes", "true")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(download).hasStatusOk().hasContentType("application/zip");
		Path archive = Files.write(this.directory.resolve("with-hashes.zip"),
				download.getResponse().getContentAsByteArray());
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			String accounts = new String(zip.getInputStream(zip.getEntry("accounts.json")).readAllBytes());
			assertThat(accounts).contains("\"passwordHash\" : \"{bcrypt}");
		}
		Path without = this.directory.resolve("without-hashes.zip");
		this.writer.write(without, false);
		try (ZipFile zip = new ZipFile(without.toFile())) {
			String accounts = new String(zip.getInputStream(zip.getEntry("accounts.json")).readAllBytes());
			assertThat(accounts).contains("\"username\" : \"editor\"").doesNotContain("passwordHash", "{bcrypt}");
		}

		try (ConfigurableApplicationContext restored = restore(archive, "not-used-admin-password")) {
			Tables copy = Tables.of(restored.getBean(JdbcTemplate.class));
			assertThat(copy.accounts).isEqualTo(Tables.of(this.jdbc).accounts);
			AuthenticationManager signIn = restored.getBean(AuthenticationManager.class);
			assertThat(signIn.authenticate(signInAs("editor", "editor-password-1")).isAuthenticated()).isTrue();
			assertThat(signIn.authenticate(signInAs("admin", "source-admin-password")).isAuthenticated()).isTrue();
		}
	}

	@Test
	void databaseThatIsNotEmptyIsRefusedAndKeptAsItWas() {
		Path archive = this.directory.resolve("backup.zip");
		this.writer.write(archive, false);
		Tables before = Tables.of(this.jdbc);
		assertThatExceptionOfType(BackupException.class).isThrownBy(() -> this.restorer.restore(archive))
			.withMessageStartingWith("Restore refused: the database is not empty (it holds ")
			.withMessageEndingWith("Nothing was changed");
		assertThat(Tables.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void archiveWhoseImageChangedIsRefusedBeforeAnythingIsRestored() throws IOException {
		Path archive = this.directory.resolve("backup.zip");
		this.writer.write(archive, false);
		byte[] bytes = Files.readAllBytes(archive);
		// Images are stored uncompressed: change one byte inside the first PNG.
		int png = indexOf(bytes, "IDAT".getBytes()) + 64;
		bytes[png] ^= 0x5a;
		Path damaged = Files.write(this.directory.resolve("damaged.zip"), bytes);
		assertThatExceptionOfType(BackupException.class).isThrownBy(() -> this.restorer.restore(damaged))
			.withMessageStartingWith("Restore refused: " + damaged + " is damaged: images/")
			.withMessageContaining("SHA-256 differs")
			.withMessageEndingWith("Nothing was changed");
	}

	/**
	 * Runs the jar's restore command in an application of its own, on an empty database;
	 * what runs at start-up then runs after it, as at the next start of the jar.
	 */
	private ConfigurableApplicationContext restore(Path archive, String adminPassword) throws IOException {
		List<Integer> statuses = new CopyOnWriteArrayList<>();
		Path noContent = Files.createTempDirectory(this.directory, "content");
		ConfigurableApplicationContext restored = new SpringApplicationBuilder(GazetteApplication.class)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("processExit", (ProcessExit) (application, status) -> statuses.add(status)))
			.run("--gazette.backup.restore=" + archive, "--gazette.content.dir=" + noContent,
					"--gazette.admin.username=admin", "--gazette.admin.password=" + adminPassword);
		assertThat(statuses).as("the command's exit status").containsExactly(0);
		return restored;
	}

	private String upload(String fileName, byte[] data, String alt, String caption, String credit) {
		Set<String> before = names();
		assertThat(this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", data))
			.param("alt", alt)
			.param("caption", caption)
			.param("credit", credit)
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasStatus3xxRedirection();
		Set<String> added = new java.util.HashSet<>(names());
		added.removeAll(before);
		assertThat(added).hasSize(1);
		return added.iterator().next();
	}

	private Set<String> names() {
		return Set.copyOf(this.jdbc.queryForList("select name from media where original_id is null", String.class));
	}

	private LeadImage lead(String name, String alt, String caption, String credit) {
		Media image = this.media.find(name).orElseThrow();
		return new LeadImage(name, alt, caption, credit, image.getWidth(), image.getHeight());
	}

	private void later() {
		this.clock.advance(Duration.ofMinutes(37).plusSeconds(11));
	}

	private static ArticleContent published(String title, String slug, Instant publishedAt) {
		return new ArticleContent(title, slug, "The lead of *" + title + "*.", "First paragraph of " + title + ".\n",
				"World", List.of("Gazette"), null, "Gazette wire", null, ArticleStatus.PUBLISHED, publishedAt, null);
	}

	private static UsernamePasswordAuthenticationToken signInAs(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

	private static List<String> slugs(JdbcTemplate jdbc, List<Long> ids) {
		List<String> slugs = new ArrayList<>();
		for (Long id : ids) {
			slugs.add(jdbc.queryForObject("select slug from article where id = ?", String.class, id));
		}
		return slugs;
	}

	private static List<Map<String, Object>> withoutPasswords(List<Map<String, Object>> accounts, String reset) {
		return accounts.stream().map((account) -> {
			Map<String, Object> row = new TreeMap<>(account);
			row.remove("password_hash");
			if (reset.equals(row.get("username"))) {
				row.remove("password_changed_at");
			}
			return (Map<String, Object>) row;
		}).toList();
	}

	private static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(20, 60, 120), width, height, new Color(230, 190, 90)));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 3, height / 3);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		throw new AssertionError("not found");
	}

	/**
	 * Every row of the tables a backup covers, without the ids the database made up (rows
	 * that point to others name them by slug or name instead), with bytes as hex.
	 */
	record Tables(List<Map<String, Object>> articles, List<Map<String, Object>> tags,
			List<Map<String, Object>> revisions, List<Map<String, Object>> aliases, List<Map<String, Object>> media,
			List<Map<String, Object>> accounts) {

		static Tables of(JdbcTemplate jdbc) {
			return new Tables(rows(jdbc, "select * from article order by slug", "id", "version"), rows(jdbc,
					"select a.slug as article_slug, t.* from article_tag t join article a on a.id = t.article_id"
							+ " order by a.slug, t.position",
					"article_id"),
					rows(jdbc,
							"select a.slug as article_slug, r.* from article_revision r"
									+ " join article a on a.id = r.article_id order by a.slug, r.number",
							"id", "article_id"),
					rows(jdbc,
							"select a.slug as article_slug, al.* from article_alias al"
									+ " join article a on a.id = al.article_id order by al.slug",
							"id", "article_id"),
					rows(jdbc,
							"select o.name as original_name, m.* from media m left join media o on o.id = m.original_id"
									+ " order by m.name",
							"id", "original_id"),
					rows(jdbc, "select * from editor_account order by username", "id", "version"));
		}

		Map<String, Object> account(String username) {
			return this.accounts.stream()
				.filter((row) -> username.equals(row.get("username")))
				.findFirst()
				.orElseThrow();
		}

		private static List<Map<String, Object>> rows(JdbcTemplate jdbc, String sql, String... leftOut) {
			return jdbc.queryForList(sql).stream().map((row) -> {
				Map<String, Object> copy = new TreeMap<>();
				row.forEach((column, value) -> copy.put(column.toLowerCase(Locale.ROOT),
						(value instanceof byte[] bytes) ? HexFormat.of().formatHex(bytes) : value));
				for (String column : leftOut) {
					copy.remove(column);
				}
				return (Map<String, Object>) copy;
			}).toList();
		}

	}

}
