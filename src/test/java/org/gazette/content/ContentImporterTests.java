package org.gazette.content;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleReader;
import org.gazette.article.ArticleService;
import org.gazette.article.Editor;
import org.gazette.article.StoredArticle;
import org.gazette.article.ArticleView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer over a real directory and database: good files beside bad ones.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ContentImporterTests {

	private static final Path CONTENT = createContentDirectory();

	@Autowired
	private ContentImporter importer;

	@Autowired
	private ArticleReader reader;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ArticleService articles;

	@DynamicPropertySource
	static void contentDirectory(DynamicPropertyRegistry registry) {
		registry.add("gazette.content.dir", CONTENT::toString);
		registry.add("gazette.content.max-file-size", () -> "20000");
	}

	@BeforeEach
	void emptyContentAndDatabase() throws IOException {
		if (Files.isRegularFile(CONTENT)) {
			Files.delete(CONTENT);
		}
		FileSystemUtils.deleteRecursively(CONTENT);
		Files.createDirectories(CONTENT.resolve("images"));
		this.jdbc.update("delete from article_tag");
		this.jdbc.update("delete from article");
		this.jdbc.update("delete from media");
	}

	@Test
	void importsGoodFilesAndLogsEachBadFileByNameWithItsReason(CapturedOutput output) throws IOException {
		write("good-one.md",
				article("First story", "first-story") + "Body with a photo:\n\n![Alt](images/photo.png \"Caption\")\n");
		write("nested/good-two.md", article("Second story", null) + "Second body.\n");
		Files.write(CONTENT.resolve("images/photo.png"), TestImages.png(40, 20));
		write("no-front-matter.md", "# Only a heading\n");
		write("no-title.md", "---\nslug: untitled\n---\nBody\n");
		write("bad-date.md", "---\ntitle: Bad date\npublished: yesterday\n---\nBody\n");
		write("zz-duplicate-slug.md", article("Another first", "first-story") + "Body\n");
		Files.write(CONTENT.resolve("latin1.md"), "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
		write("too-large.md", article("Large", null) + "x".repeat(30_000));
		write("missing-image.md", "---\ntitle: No photo\nimage: images/absent.png\n---\nBody\n");
		write("escaping-image.md", article("Escape", null) + "![x](../../etc/passwd)\n");
		write("not-an-image.md", "---\ntitle: Fake\nimage: images/fake.png\n---\nBody\n");
		Files.writeString(CONTENT.resolve("images/fake.png"), "<html><script>alert(1)</script></html>");
		Files.createSymbolicLink(CONTENT.resolve("unreadable.md"), CONTENT.resolve("does-not-exist"));

		ImportReport report = this.importer.importAll();

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.skipped()).isEqualTo(10);
		assertThat(this.reader.article("first-story").bodyHtml())
			.containsPattern("src=\"/media/photo-[0-9a-f]{12}\\.png\"")
			.contains("width=\"40\" height=\"20\"");
		assertThat(this.reader.article("second-story").title()).isEqualTo("Second story");
		assertThat(output)
			.contains("Skipped content file " + CONTENT.resolve("no-front-matter.md") + ": no front matter")
			.contains("no-title.md: no title")
			.contains("bad-date.md: bad date in 'published'")
			.contains("zz-duplicate-slug.md: duplicate slug 'first-story': good-one.md has it")
			.contains("latin1.md: not UTF-8")
			.contains("too-large.md: too large: 29.4 KB, over the limit of 19.5 KB (GAZETTE_CONTENT_MAX_FILE_SIZE)")
			.contains("missing-image.md: image 'images/absent.png' not found")
			.contains("escaping-image.md: image '../../etc/passwd' is outside the content directory")
			.contains("not-an-image.md: image 'images/fake.png' is not a PNG, JPEG, GIF or WebP image")
			.contains("unreadable.md: unreadable: a symbolic link to nothing");
		assertThat(output.toString().lines().filter((line) -> line.contains("no-title.md"))).hasSize(1);
	}

	@Test
	void aThousandFilesWithBadOnesAmongThemImportTheGoodOnesAndLogEachBadOneOnce(CapturedOutput output)
			throws Exception {
		Map<String, String> bad = new LinkedHashMap<>();
		List<String> good = new ArrayList<>();
		for (int i = 0; i < 987; i++) {
			String name = String.format("batch/story-%04d.md", i);
			write(name, article("Story " + i, "story-" + i) + "Body " + i + ".\n");
			good.add(name);
		}
		Files.write(file("photo.md"), TestImages.png(20, 10));
		bad.put("photo.md", "binary, not text: it holds NUL bytes");
		Files.write(file("zeros.md"), new byte[4096]);
		bad.put("zeros.md", "binary, not text");
		try (RandomAccessFile huge = new RandomAccessFile(file("huge.md").toFile(), "rw")) {
			huge.write(article("Huge", null).getBytes(StandardCharsets.UTF_8));
			huge.setLength(20L * 1024 * 1024);
		}
		bad.put("huge.md", "too large: 20.0 MB, over the limit of 19.5 KB (GAZETTE_CONTENT_MAX_FILE_SIZE)");
		Files.write(file("cut-short.md"), bytes(article("Caf", null), 0xC3));
		bad.put("cut-short.md", "not UTF-8");
		Files.write(file("overlong.md"), bytes(article("Slash", null), 0xC0, 0xAF));
		bad.put("overlong.md", "not UTF-8");
		Files.write(file("utf-16.md"), article("Wide", null).getBytes(StandardCharsets.UTF_16));
		bad.put("utf-16.md", "not UTF-8: the file is UTF-16");
		write("bell.md", article("Ring", null) + "Ding\u0007\n");
		bad.put("bell.md", "control character U+0007 on line 8");
		Files.createSymbolicLink(file("dangling.md"), CONTENT.resolve("nowhere.md"));
		bad.put("dangling.md", "unreadable: a symbolic link to nothing");
		assertThat(new ProcessBuilder("mkfifo", file("pipe.md").toString()).start().waitFor()).isZero();
		bad.put("pipe.md", "not a regular file (a pipe, socket or device): not read");
		Files.createSymbolicLink(file("linked-folder.md"), CONTENT.resolve("batch"));
		bad.put("linked-folder.md", "a link to a directory: links to directories are not followed");
		write("folder.md/inside-a-folder-named-like-a-file.md", article("Inside", "inside") + "Body.\n");
		good.add("folder.md/inside-a-folder-named-like-a-file.md");
		// Permissions stop everyone but root, who reads these as any other file.
		write("locked.md", article("Locked", "locked") + "Body.\n");
		write("locked-folder/story.md", article("Locked folder", "locked-folder") + "Body.\n");
		Files.setPosixFilePermissions(file("locked.md"), Set.of());
		Files.setPosixFilePermissions(file("locked-folder"), Set.of());
		try {
			if (Files.isReadable(file("locked.md"))) {
				good.add("locked.md");
				good.add("locked-folder/story.md");
			}
			else {
				bad.put("locked.md", "unreadable: permission denied");
				bad.put("locked-folder", "unreadable: permission denied");
			}
			assertThat(good.size() + bad.size()).isEqualTo(1000);

			ImportReport report = this.importer.importAll();

			assertThat(report.created()).isEqualTo(good.size());
			assertThat(report.skipped()).isEqualTo(bad.size());
		}
		finally {
			Files.setPosixFilePermissions(file("locked.md"), PosixFilePermissions.fromString("rw-------"));
			Files.setPosixFilePermissions(file("locked-folder"), PosixFilePermissions.fromString("rwx------"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isEqualTo(good.size());
		assertThat(this.reader.article("story-986").bodyHtml()).contains("Body 986.");
		assertThat(this.reader.article("inside").title()).isEqualTo("Inside");
		List<String> skips = output.toString().lines().filter((line) -> line.contains("Skipped content ")).toList();
		assertThat(skips).hasSize(bad.size());
		bad.forEach((name, reason) -> assertThat(skips).as(name)
			.filteredOn((line) -> line.contains(CONTENT.resolve(name) + ": "))
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains(CONTENT.resolve(name) + ": " + reason));
	}

	@Test
	void missingContentDirectoryIsOneWarningAndNoImport(CapturedOutput output) throws IOException {
		FileSystemUtils.deleteRecursively(CONTENT);

		assertThat(this.importer.importAll()).isEqualTo(ImportReport.EMPTY);
		assertThat(output).contains("Content directory " + CONTENT
				+ " does not exist: no articles imported (set GAZETTE_CONTENT_DIR to change it)");

		Files.writeString(CONTENT, "a file where the directory should be");
		assertThat(this.importer.importAll()).isEqualTo(ImportReport.EMPTY);
		assertThat(output).contains("Content directory " + CONTENT + " is not a directory: no articles imported");
	}

	@Test
	void photosInTheTextSurviveAnEditorsSaveAndAnExport() throws IOException {
		write("photo-story.md", article("Photo story", "photo-story")
				+ "Before.\n\n![A crowd](images/crowd.png \"The crowd\"){credit=\"© Agency\"}\n");
		Files.write(CONTENT.resolve("images/crowd.png"), TestImages.png(30, 10));
		assertThat(this.importer.importAll().created()).isEqualTo(1);
		StoredArticle imported = this.articles.newsroom(null, 1, "/admin")
			.items()
			.stream()
			.filter((entry) -> entry.slug().equals("photo-story"))
			.map((entry) -> this.articles.find(entry.id()))
			.findFirst()
			.orElseThrow();
		assertThat(imported.content().bodyMarkdown())
			.containsPattern("!\\[A crowd\\]\\(/media/crowd-[0-9a-f]{12}\\.png ");

		ArticleContent edited = imported.content();
		edited = new ArticleContent(edited.title(), edited.slug(), "A lead.",
				edited.bodyMarkdown().replace("Before.", "Before, edited."), "World", edited.tags(), edited.author(),
				edited.source(), edited.image(), edited.status(), edited.publishedAt(), edited.updatedAt());
		this.articles.update(imported.id(), imported.version(), edited, false, new Editor("editor", true));
		assertThat(this.reader.article("photo-story").bodyHtml()).contains("Before, edited.")
			.containsPattern("<figure class=\"figure\"><img src=\"/media/crowd-[0-9a-f]{12}\\.png\"");
		assertThat(ContentExport.markdownFile(this.articles.find(imported.id()).content())).contains("/media/crowd-");
	}

	@Test
	void reimportOfUnchangedFilesChangesNothing() throws IOException {
		write("story.md", article("A story", "a-story") + "Body.\n");
		assertThat(this.importer.importAll().created()).isEqualTo(1);
		long version = articleVersion("a-story");

		ImportReport again = this.importer.importAll();

		assertThat(again).isEqualTo(new ImportReport(0, 0, 1, 0, 0));
		assertThat(articleVersion("a-story")).isEqualTo(version);
	}

	@Test
	void aContentDirectoryThatIsALinkIsReadWhereItLeads() throws IOException {
		Path volume = CONTENT.resolveSibling(CONTENT.getFileName() + "-volume");
		FileSystemUtils.deleteRecursively(volume);
		Files.createDirectories(volume.resolve("world"));
		Files.writeString(volume.resolve("world/story.md"), article("A linked story", "a-linked-story") + "Body.\n");
		FileSystemUtils.deleteRecursively(CONTENT);
		Files.createSymbolicLink(CONTENT, volume);

		ImportReport report = this.importer.importAll();

		assertThat(report.created()).isEqualTo(1);
		assertThat(this.reader.article("a-linked-story").title()).isEqualTo("A linked story");
		assertThat(this.importer.importAll().unchanged()).isEqualTo(1);
	}

	@Test
	void changedFileUpdatesItsArticle() throws IOException {
		write("story.md", article("A story", "a-story") + "First version.\n");
		this.importer.importAll();
		write("story.md", article("A story, corrected", "a-story") + "Second version.\n");

		ImportReport report = this.importer.importAll();

		assertThat(report.updated()).isEqualTo(1);
		ArticleView article = this.reader.article("a-story");
		assertThat(article.title()).isEqualTo("A story, corrected");
		assertThat(article.bodyHtml()).contains("Second version.");
	}

	@Test
	void changedFileKeepsTheEditorsVersionAndWarns(CapturedOutput output) throws IOException {
		write("story.md", article("A story", "a-story") + "From the file.\n");
		this.importer.importAll();
		this.jdbc.update("update article set title = 'Edited by an editor', edited_since_import = true");
		write("story.md", article("A story, changed on disk", "a-story") + "Changed file.\n");

		ImportReport report = this.importer.importAll();

		assertThat(report.keptEditorVersion()).isEqualTo(1);
		assertThat(this.reader.article("a-story").title()).isEqualTo("Edited by an editor");
		assertThat(output).contains("Content file story.md changed, but its article 'a-story' was edited in the admin"
				+ " since its import: the editor's version stays");
		assertThat(this.importer.importAll().unchanged()).as("warned once, not on every start").isEqualTo(1);
	}

	@Test
	void fileWithoutPublishTimeKeepsItsFirstImportTime() throws IOException {
		write("story.md", "---\ntitle: Undated\n---\nFirst.\n");
		Instant before = Instant.now();
		this.importer.importAll();
		Instant published = Instant.parse(this.reader.article("undated").dateline().publishedIso());
		write("story.md", "---\ntitle: Undated\n---\nSecond.\n");
		this.importer.importAll();

		assertThat(published).isAfterOrEqualTo(before.minusSeconds(1));
		assertThat(Instant.parse(this.reader.article("undated").dateline().publishedIso())).isEqualTo(published);
	}

	private long articleVersion(String slug) {
		return this.jdbc.queryForObject("select version from article where slug = ?", Long.class, slug);
	}

	private static String article(String title, String slug) {
		return "---\ntitle: " + title + "\n" + ((slug != null) ? "slug: " + slug + "\n" : "")
				+ "published: 2021-09-17T07:48:00Z\nsection: World\ntags: [SCO]\n---\n\n";
	}

	private static void write(String name, String text) throws IOException {
		Files.writeString(file(name), text);
	}

	/** A path in the content directory, its folders created. */
	private static Path file(String name) throws IOException {
		Path file = CONTENT.resolve(name);
		Files.createDirectories(file.getParent());
		return file;
	}

	private static byte[] bytes(String text, int... more) {
		byte[] start = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(start, start.length + more.length);
		for (int i = 0; i < more.length; i++) {
			bytes[start.length + i] = (byte) more[i];
		}
		return bytes;
	}

	private static Path createContentDirectory() {
		try {
			return Files.createTempDirectory("gazette-content");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
