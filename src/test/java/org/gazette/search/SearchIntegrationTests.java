package org.gazette.search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.gazette.CorpusTest;
import org.gazette.Http;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Editor;
import org.gazette.article.StoredArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over the fixture corpus as a reader uses it: ranking, stemming, highlighting,
 * pagination, bad queries, and an index that follows every save.
 */
@CorpusTest
class SearchIntegrationTests {

	private static final Editor EDITOR = new Editor("chief", true);

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleService articles;

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void titleMatchesRankAboveBodyMatches() {
		List<String> titles = titles(search("withdrawal"));
		assertThat(titles).doesNotContain("Embargoed story about a withdrawal");
		assertThat(titles).contains("Troop withdrawal completed ahead of schedule",
				"Allies withdraw from the northern front", "Parliament debates the budget");
		// The body-only match is the newest, yet comes after every title match.
		assertThat(titles.indexOf("Parliament debates the budget"))
			.isGreaterThan(titles.indexOf("Troop withdrawal completed ahead of schedule"))
			.isGreaterThan(titles.indexOf("Allies withdraw from the northern front"));
	}

	@Test
	void scheduledArticlesAreNotFoundBeforeTheirTime() {
		assertThat(titles(search("embargoed"))).isEmpty();
		assertThat(search("embargoed").selectFirst(".search-count").text()).startsWith("No stories match");
	}

	@Test
	void englishStemmingFindsOtherFormsOfAWord() {
		assertThat(titles(search("withdrawals"))).contains("Allies withdraw from the northern front");
		assertThat(titles(search("withdraw"))).contains("Troop withdrawal completed ahead of schedule");
		assertThat(titles(search("debated budgets"))).containsExactly("Parliament debates the budget");
	}

	@Test
	void matchedWordsAreMarkedInTitleAndSnippet() {
		Document page = search("withdrawal");
		Element hit = hitTitled(page, "Troop withdrawal completed ahead of schedule");
		assertThat(hit.select(".story__title mark")).extracting(Element::text).containsExactly("withdrawal");
		Element bodyHit = hitTitled(page, "Parliament debates the budget");
		assertThat(bodyHit.select(".search-snippet mark")).extracting(Element::text).contains("withdrawal");
	}

	@Test
	void snippetsAreEscapedTextNeverMarkup() {
		HttpResponse<String> response = this.http.get("/search?q=pamphlet");
		assertThat(response.statusCode()).isEqualTo(200);
		Element snippet = Jsoup.parse(response.body()).selectFirst(".search-snippet");
		assertThat(snippet.text()).contains("read <b>withdrawal</b> <script>alert(1)</script> in bold");
		assertThat(snippet.select("mark")).extracting(Element::text).containsExactly("pamphlet");
		assertThat(snippet.select("b, script")).isEmpty();
		assertThat(response.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void tagsAndCaptionsAreSearchedWithAccentsFolded() {
		assertThat(titles(search("alliances"))).containsExactly("Allies withdraw from the northern front");
		assertThat(titles(search("defense"))).contains("Troop withdrawal completed ahead of schedule",
				"Veterans remember the long war");
		Document caption = search("zeppelin");
		assertThat(titles(caption)).containsExactly("Harbour reopens after the storm");
		assertThat(caption.select(".search-snippet mark")).extracting(Element::text).contains("zeppelin");
	}

	@Test
	void queryLongerThan200CharactersIsRefusedWithAMessage() {
		HttpResponse<String> response = this.http.get("/search?q=" + "a".repeat(201));
		assertThat(response.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst(".search-problem").text()).contains("201 characters", "at most 200");
		assertThat(page.select(".search-results")).isEmpty();
		assertThat(this.http.get("/search?q=" + "a".repeat(200)).statusCode()).isEqualTo(200);
	}

	@Test
	void punctuationOnlyQueryIsRefusedWithAMessage() {
		HttpResponse<String> response = this.http.get("/search?q=" + encode("?!… -- \"*\" ()"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).selectFirst(".search-problem").text()).contains("no letters or digits");
	}

	@Test
	void oddQuerySyntaxNeverFails() {
		for (String query : List.of("\"unclosed phrase", "-withdrawal", "with*", "a | | b", "(((", "withdrawal~2",
				"+-+", "\\", "<script>")) {
			assertThat(this.http.get("/search?q=" + encode(query)).statusCode()).as(query).isIn(200, 400);
		}
		assertThat(this.http.get("/search?q=withdrawal&page=0").statusCode()).isEqualTo(400);
		assertThat(this.http.get("/search?q=withdrawal&page=x").statusCode()).isEqualTo(400);
	}

	@Test
	void emptyQueryShowsTheSearchForm() {
		Document page = this.http.page("/search");
		assertThat(page.selectFirst("form.search-form input[name=q]")).isNotNull();
		assertThat(page.select(".search-results, .search-problem, .search-count")).isEmpty();
	}

	@Test
	void resultsArePaginatedWithLinksThatKeepTheQuery() {
		for (int i = 1; i <= 12; i++) {
			this.articles.create(content("quokka-census-" + i, "Quokka census, island " + i), EDITOR);
		}
		Document first = search("quokka");
		assertThat(first.selectFirst(".search-count").text()).isEqualTo("12 stories match “quokka”.");
		assertThat(titles(first)).hasSize(10);
		assertThat(first.selectFirst("link[rel=next]").attr("href")).isEqualTo("/search?q=quokka&page=2");
		Document second = this.http.page("/search?q=quokka&page=2");
		assertThat(titles(second)).hasSize(2);
		assertThat(second.selectFirst("link[rel=prev]").attr("href")).isEqualTo("/search?q=quokka");
		assertThat(this.http.get("/search?q=quokka&page=3").statusCode()).isEqualTo(404);
	}

	@Test
	void indexFollowsEveryEditorSaveAtOnce() {
		StoredArticle created = this.articles.create(content("big-cat-sighting", "Ocelot sighted near the ring road"),
				EDITOR);
		assertThat(titles(search("ocelot"))).containsExactly("Ocelot sighted near the ring road");
		StoredArticle updated = this.articles.update(created.id(), created.version(),
				content("big-cat-sighting", "Lynx sighted near the ring road"), false, EDITOR);
		assertThat(titles(search("ocelot"))).isEmpty();
		assertThat(titles(search("lynx"))).containsExactly("Lynx sighted near the ring road");
		this.articles.unpublish(updated.id(), EDITOR);
		assertThat(titles(search("lynx"))).isEmpty();
		StoredArticle deleted = this.articles.create(content("otter-sighting", "Otter sighted in the canal"), EDITOR);
		assertThat(titles(search("otter"))).containsExactly("Otter sighted in the canal");
		this.articles.delete(deleted.id(), EDITOR);
		assertThat(titles(search("otter"))).isEmpty();
		assertThat(this.http.get("/articles/otter-sighting").statusCode()).isIn(404, 410);
	}

	private static ArticleContent content(String slug, String title) {
		return new ArticleContent(title, slug, "Residents were told.", "Wardens counted them.", "Nature",
				List.of("Wildlife"), null, null, null, ArticleStatus.PUBLISHED, Instant.parse("2018-01-01T00:00:00Z"),
				null);
	}

	private Document search(String query) {
		return this.http.page("/search?q=" + encode(query));
	}

	private static List<String> titles(Document page) {
		return page.select(".search-results .story__title").stream().map(Element::text).toList();
	}

	private static Element hitTitled(Document page, String title) {
		return page.select(".search-results article")
			.stream()
			.filter((hit) -> hit.selectFirst(".story__title").text().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
