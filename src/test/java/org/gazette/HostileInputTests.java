package org.gazette;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.gazette.account.AccountService;
import org.gazette.account.Role;
import org.gazette.admin.Browser;
import org.gazette.admin.Browser.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every attack vector of the corpus, sent in through every way text enters Gazette —
 * {@code content/} files, the article form, the live preview, photo uploads (file name,
 * alt text, caption, credit) and search — and every page that shows it afterwards read as
 * a browser reads it: readers' pages, listings, feeds, sitemaps, JSON-LD, the newsroom's
 * lists and forms. Nothing may run. Each dynamic test names its entry point and vector.
 */
@SecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

	private static final List<String> VECTORS = XssVectors.markdown();

	private static final List<List<String>> BATCHES = HostileContent.batches();

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	private Browser editor;

	private String photo;

	/** What the article form answered for each vector: a saved article, or the form. */
	private final Map<Integer, Page> formSaves = new LinkedHashMap<>();

	/** What a photo upload answered for each vector. */
	private final Map<Integer, Page> uploads = new LinkedHashMap<>();

	private final Map<String, String> editPages = new LinkedHashMap<>();

	@BeforeAll
	void sendEveryVectorIn() {
		this.editor = signedIn(Role.EDITOR);
		Page plain = this.editor.upload("/admin/media",
				new Multipart().file("file", "plain.png", HostileContent.png(1000)).field("alt", "A plain photo"));
		assertThat(plain.status()).as(plain.body()).isEqualTo(302);
		this.photo = this.editor.get("/admin/media").document().selectFirst(".photo-card--new img").attr("src");
		this.photo = this.photo.substring("/media/".length());
		for (int b = 1; b <= BATCHES.size(); b++) {
			this.formSaves.put(b, this.editor.post("/admin/articles", formOf(b)));
		}
		for (int i = 0; i < VECTORS.size(); i++) {
			int n = i + 1;
			String vector = VECTORS.get(i);
			this.uploads.put(n,
					this.editor.upload("/admin/media", new Multipart()
						.file("file", HostileContent.line(vector).replace("\"", "'") + ".png", HostileContent.png(n))
						.field("alt", HostileContent.line(vector))
						.field("caption", vector)
						.field("credit", HostileContent.line(vector))));
		}
	}

	@Test
	void corpusHoldsAtLeastAHundredVectors() {
		assertThat(VECTORS).hasSizeGreaterThanOrEqualTo(100);
	}

	@TestFactory
	Stream<DynamicNode> contentFiles() {
		return perBatch("content file", (b) -> {
			String slug = HostileContent.slug(b);
			Page article = this.editor.get("/articles/" + slug);
			assertThat(article.status()).as("the file of batch %d is imported", b).isEqualTo(200);
			return articleAndItsListings(article);
		});
	}

	@TestFactory
	Stream<DynamicNode> articleForm() {
		return perBatch("article form", (b) -> {
			Page saved = this.formSaves.get(b);
			List<String> problems = new ArrayList<>();
			if (saved.isRedirect()) {
				problems.addAll(inPage("edit page", this.editor.follow(saved)));
				Page article = this.editor.get("/articles/xss-form-" + b);
				assertThat(article.status()).as("the article of batch %d is published", b).isEqualTo(200);
				problems.addAll(inPage("article", article));
			}
			else {
				problems.addAll(inPage("refused form", saved));
			}
			Map<String, String> badSlug = formOf(b);
			badSlug.put("slug", limit(HostileContent.line(String.join(" ", BATCHES.get(b - 1))), 200));
			badSlug.put("preview", "Preview");
			problems.addAll(inPage("form previewing a bad slug", this.editor.post("/admin/articles", badSlug)));
			return problems;
		});
	}

	@TestFactory
	Stream<DynamicNode> livePreview() {
		return perVector("preview", (n) -> {
			Map<String, String> form = formOf(1);
			form.replaceAll((name, value) -> name.equals("imageName") ? value : VECTORS.get(n - 1));
			Page preview = this.editor.post("/admin/preview", form);
			assertThat(preview.status()).isEqualTo(200);
			return UnsafeMarkup.inFragment(preview.body());
		});
	}

	@TestFactory
	Stream<DynamicNode> photoUploads() {
		return perVector("photo upload", (n) -> {
			Page uploaded = this.uploads.get(n);
			assertThat(uploaded.status()).as(uploaded.body()).isIn(302, 422);
			return uploaded.isRedirect() ? List.of() : inPage("refused upload", uploaded);
		});
	}

	@TestFactory
	Stream<DynamicNode> searchQueries() {
		return perVector("search", (n) -> {
			Page results = this.editor.get("/search?q=" + encode(VECTORS.get(n - 1)));
			assertThat(results.status()).isIn(200, 400);
			return inPage("search page", results);
		});
	}

	@TestFactory
	Stream<DynamicNode> listingsFeedsAndSitemaps() {
		List<String> paged = List.of("/", "/tags/hostile", "/admin", "/admin?status=draft", "/admin/media",
				"/search?q=paragraph");
		Stream<DynamicNode> pages = paged.stream()
			.map((start) -> DynamicTest.dynamicTest(start + " and every page after it",
					() -> assertThat(everyPageFrom(start)).isEmpty()));
		Stream<DynamicNode> single = Stream.of("/subscribe", "/admin/redirects", "/admin/accounts")
			.map((path) -> DynamicTest.dynamicTest(path,
					() -> assertThat(inPage(path, signedIn(Role.ADMIN).get(path))).isEmpty()));
		Stream<DynamicNode> xml = Stream.of("/feed.xml", "/tags/hostile/feed.xml", "/sitemap.xml", "/news-sitemap.xml")
			.map((path) -> DynamicTest.dynamicTest(path, () -> assertThat(inXml(path)).isEmpty()));
		return Stream.of(pages, single, xml).flatMap(Function.identity());
	}

	@Test
	void pickerListsUploadedPhotosAsJsonNotAsAPage() throws Exception {
		Page json = this.editor
			.send(HttpRequest.newBuilder(this.editor.uri("/admin/media")).header("Accept", "application/json"));
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.header("Content-Type")).startsWith("application/json");
		assertThat(json.header("X-Content-Type-Options")).isEqualTo("nosniff");
		// Data, not markup: the picker puts names and captions into the page as text.
		assertThat(JsonMapper.builder().build().readTree(json.body()).findValuesAsString("thumbnailUrl")).isNotEmpty()
			.allSatisfy((url) -> assertThat(url).startsWith("/media/"));
	}

	/**
	 * The article page, then every tag and section page it links to, its section's feed,
	 * and its edit page in the newsroom.
	 */
	private List<String> articleAndItsListings(Page article) {
		List<String> problems = new ArrayList<>(inPage("article", article));
		Set<String> listings = new LinkedHashSet<>();
		for (Element link : article.document().select("main a[href^=/tags/], main a[href^=/sections/]")) {
			listings.add(link.attr("href"));
		}
		listings.remove("/tags/hostile");
		for (String listing : listings) {
			problems.addAll(inPage(listing, this.editor.get(listing)));
			if (listing.startsWith("/sections/")) {
				// Tag feeds are written by the same code as section feeds.
				problems.addAll(inXml(listing + "/feed.xml"));
			}
		}
		String slug = article.response().uri().getPath().substring("/articles/".length());
		String edit = editPages().get(slug);
		assertThat(edit).as("the newsroom lists " + slug).isNotNull();
		problems.addAll(inPage("edit page", this.editor.get(edit)));
		return problems;
	}

	/** Each published article's edit page by slug, read once from the newsroom's list. */
	private synchronized Map<String, String> editPages() {
		if (this.editPages.isEmpty()) {
			String next = "/admin?status=published";
			for (int pages = 0; next != null && pages < 50; pages++) {
				Page page = this.editor.get(next);
				for (Element row : page.document().select("tr")) {
					Element article = row.selectFirst("a[href^=/articles/]");
					Element edit = row.selectFirst("a[href$=/edit]");
					if (article != null && edit != null) {
						this.editPages.put(article.attr("href").substring("/articles/".length()), edit.attr("href"));
					}
				}
				Element link = page.document().selectFirst("a[rel=next]");
				next = (link != null) ? link.attr("href") : null;
			}
		}
		return this.editPages;
	}

	private List<String> everyPageFrom(String start) {
		List<String> problems = new ArrayList<>();
		String next = start;
		for (int pages = 0; next != null && pages < 50; pages++) {
			Page page = this.editor.get(next);
			problems.addAll(inPage(next, page));
			Element link = page.document().selectFirst("a[rel=next]");
			next = (link != null) ? link.attr("href") : null;
		}
		return problems;
	}

	private List<String> inPage(String what, Page page) {
		assertThat(page.status()).as(what).isLessThan(500);
		return UnsafeMarkup.inPage(page.document()).stream().map((problem) -> what + ": " + problem).toList();
	}

	private List<String> inXml(String path) {
		Page feed = this.editor.get(path);
		assertThat(feed.status()).as(path).isEqualTo(200);
		return UnsafeMarkup.inXml(feed.body()).stream().map((problem) -> path + ": " + problem).toList();
	}

	/** The article form with a batch of vectors in every field. */
	private Map<String, String> formOf(int b) {
		List<String> batch = BATCHES.get(b - 1);
		String line = HostileContent.line(String.join(" ", batch));
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Form " + b + " " + limit(line, 280));
		fields.put("slug", "xss-form-" + b);
		fields.put("summary", limit(line, 990));
		fields.put("body", "Paragraph of batch " + b + ".\n\n" + String.join("\n\nA note[^n].\n\n", batch)
				+ "\n\n[^n]: " + line + "\n");
		fields.put("section", HostileContent.name("Section", batch.get(batch.size() > 1 ? 1 : 0)));
		fields.put("tags", String.join(", ",
				batch.stream().map((vector) -> HostileContent.name("Tag", vector).replace(",", " ")).toList()));
		fields.put("author", limit(line, 190));
		fields.put("source", limit(line, 190));
		fields.put("imageName", this.photo);
		fields.put("imageAlt", limit(line, 490));
		fields.put("imageCaption", limit(String.join("\n", batch), 990));
		fields.put("imageCredit", limit(line, 290));
		fields.put("correction", String.join("\n\n", batch));
		fields.put("status", "PUBLISHED");
		fields.put("publishAt", "");
		return fields;
	}

	private Stream<DynamicNode> perBatch(String entry, Function<Integer, List<String>> problems) {
		return IntStream.rangeClosed(1, BATCHES.size()).mapToObj((b) -> {
			List<String> batch = BATCHES.get(b - 1);
			int first = (b - 1) * HostileContent.BATCH + 1;
			return DynamicTest.dynamicTest(
					entry + " · vectors " + first + "–" + (first + batch.size() - 1) + ": " + shortly(batch.get(0)),
					() -> assertThat(problems.apply(b)).as(String.join("\n", batch)).isEmpty());
		});
	}

	private Stream<DynamicNode> perVector(String entry, Function<Integer, List<String>> problems) {
		return IntStream.rangeClosed(1, VECTORS.size())
			.mapToObj((n) -> DynamicTest.dynamicTest(entry + " · vector " + n + ": " + shortly(VECTORS.get(n - 1)),
					() -> assertThat(problems.apply(n)).as(VECTORS.get(n - 1)).isEmpty()));
	}

	private Browser signedIn(Role role) {
		String username = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "a-long-password-1", role);
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(username, "a-long-password-1").location()).endsWith("/admin");
		return browser;
	}

	private static String shortly(String vector) {
		String line = HostileContent.line(vector);
		return (line.length() > 60) ? line.substring(0, 60) + "…" : line;
	}

	private static String limit(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
