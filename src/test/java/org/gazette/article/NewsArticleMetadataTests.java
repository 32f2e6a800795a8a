package org.gazette.article;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class NewsArticleMetadataTests {

	private static final Instant PUBLISHED = Instant.parse("2021-09-17T07:48:00Z");

	private final NewsArticleMetadata metadata = new NewsArticleMetadata(
			new SiteLinks(new SiteProperties("https://news.example/")));

	@Test
	void textThatWouldCloseTheScriptElementIsEscapedAndTheDataKept() {
		ArticleView article = article("Breaking </script><script>alert(1)</script> & <!-- news", "By A & B");
		ArticleMetadata meta = this.metadata.of(article);
		assertThat(meta.jsonLd()).doesNotContain("<", ">", "&");
		JsonNode json = JsonMapper.builder().build().readTree(meta.jsonLd());
		assertThat(json.get("headline").asString())
			.isEqualTo("Breaking </script><script>alert(1)</script> & <!-- news");
		assertThat(json.get("author").get(0).get("name").asString()).isEqualTo("By A & B");
	}

	@Test
	void linksAreAbsoluteFromTheSiteUrl() {
		ArticleMetadata meta = this.metadata.of(article("Title", null));
		assertThat(meta.canonicalUrl()).isEqualTo("https://news.example/articles/a-story");
		assertThat(meta.imageUrl()).isEqualTo("https://news.example/media/photo-1.png");
		JsonNode json = JsonMapper.builder().build().readTree(meta.jsonLd());
		assertThat(json.get("author").get(0).get("@type").asString()).isEqualTo("Organization");
		assertThat(json.get("author").get(0).get("name").asString()).isEqualTo("Gazette");
		assertThat(json.get("dateModified").asString()).isEqualTo("2021-09-17T07:48:00Z");
		assertThat(json.get("image").get("creditText").asString()).isEqualTo("© Agency");
	}

	private static ArticleView article(String title, String author) {
		return new ArticleView("a-story", title, "Lead.", "Lead.", "<p>Body.</p>", new Dateline(PUBLISHED, null),
				author, null, new LeadImage("photo-1.png", "Alt", "Caption", "© Agency", 1200, 675),
				new SectionLink("World", "world"), List.of(Tag.named("SCO")), 1);
	}

}
