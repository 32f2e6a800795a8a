package org.gazette.article;

import java.util.List;

import org.gazette.CorpusTest;
import org.gazette.Http;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines, social sites and readers find on article and listing pages:
 * metadata, JSON-LD, related stories, and stable URLs for names with spaces and non-ASCII
 * letters.
 */
@CorpusTest
class ArticlePageIntegrationTests {

	private static final String SEED = "/articles/sco-summit-putin-calls-for-common-line-on-afghanistan-in-wake-of-us-flight";

	@LocalServerPort
	private int port;

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void jsonLdDescribesTheNewsArticleWithItsPhoto() {
		Document page = this.http.page(SEED);
		List<Element> scripts = page.select("script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		JsonNode article = JsonMapper.builder().build().readTree(scripts.get(0).data());
		assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(article.get("headline").asString()).isEqualTo(page.selectFirst("h1").text());
		assertThat(article.get("datePublished").asString()).isEqualTo("2021-09-17T07:48:00Z");
		assertThat(article.get("dateModified").asString()).isEqualTo("2021-09-17T09:18:00Z");
		assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(CorpusTest.SITE + SEED);
		assertThat(article.get("author").get(0).get("name").asString()).isEqualTo("Sputnik");
		assertThat(article.get("publisher").get("name").asString()).isEqualTo("Gazette");
		assertThat(article.get("articleSection").asString()).isEqualTo("World");
		assertThat(article.get("keywords").valueStream().map(JsonNode::asString).toList()).containsExactly("SCO",
				"Afghanistan", "Russia", "Taliban", "Vladimir Putin");
		JsonNode image = article.get("image");
		assertThat(image.get("@type").asString()).isEqualTo("ImageObject");
		assertThat(image.get("url").asString()).startsWith(CorpusTest.SITE + "/media/");
		assertThat(image.get("caption").asString()).startsWith("Russian President Vladimir Putin attends");
		assertThat(image.get("creditText").asString()).isEqualTo("© Sputnik / Alexei Druzhinin");
		assertThat(image.get("width").asInt()).isEqualTo(1200);
	}

	@Test
	void headCarriesCanonicalOpenGraphAndTwitterCard() {
		Document page = this.http.page(SEED);
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(CorpusTest.SITE + SEED);
		assertThat(page.selectFirst("meta[name=description]").attr("content"))
			.startsWith("The US troop withdrawal from Afghanistan");
		assertThat(meta(page, "og:type")).containsExactly("article");
		assertThat(meta(page, "og:url")).containsExactly(CorpusTest.SITE + SEED);
		assertThat(meta(page, "og:image")).singleElement()
			.satisfies((url) -> assertThat(url).startsWith(CorpusTest.SITE + "/media/"));
		assertThat(meta(page, "article:published_time")).containsExactly("2021-09-17T07:48:00Z");
		assertThat(meta(page, "article:modified_time")).containsExactly("2021-09-17T09:18:00Z");
		assertThat(meta(page, "article:section")).containsExactly("World");
		assertThat(meta(page, "article:tag")).containsExactly("SCO", "Afghanistan", "Russia", "Taliban",
				"Vladimir Putin");
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(page.selectFirst(".article__reading-time").text()).matches("\\d+ min read");
	}

	@Test
	void relatedStoriesShareTagsFirstThenTheSection() {
		Document page = this.http.page("/articles/troop-withdrawal-completed-ahead-of-schedule");
		assertThat(page.select(".related .story__title")).extracting(Element::text)
			.containsExactly("Veterans remember the long war", "Defence budget rises again",
					"Oil prices steady in the Gulf");
	}

	@Test
	void sectionsAndTagsWithSpacesAndOtherScriptsHaveStableUrls() {
		assertThat(this.http.page("/sections/middle-east").selectFirst("h1").text()).isEqualTo("Middle East");
		assertThat(this.http.page("/sections/%D0%BC%D0%B8%D1%80").selectFirst("h1").text()).isEqualTo("Мир");
		assertThat(this.http.page("/tags/d%C3%A9fense").selectFirst("h1").text()).isEqualTo("Défense");
		assertThat(this.http.page("/tags/afghan-war").selectFirst("h1").text()).isEqualTo("Afghan war");
		assertThat(this.http.page("/").select(".site-nav a")).extracting(Element::text)
			.contains("Middle East", "World", "Мир");
		assertThat(this.http.get("/tags/embargoed").statusCode()).isEqualTo(404);
	}

	private static List<String> meta(Document page, String property) {
		return page.select("meta[property=" + property + "]").stream().map((meta) -> meta.attr("content")).toList();
	}

}
