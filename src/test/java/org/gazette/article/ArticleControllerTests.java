package org.gazette.article;

import java.time.Instant;
import java.util.List;

import org.gazette.account.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(ArticleController.class)
@Import({ SecurityConfiguration.class, SiteLinks.class, NewsArticleMetadata.class })
@EnableConfigurationProperties(SiteProperties.class)
class ArticleControllerTests {

	private static final Instant PUBLISHED = Instant.parse("2021-09-17T07:48:00Z");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ArticleReader reader;

	@MockitoBean(name = "siteNavigation")
	private SiteNavigation navigation;

	@MockitoBean
	private RelatedArticles related;

	@Test
	void frontPageShowsTheLeadStoryAndTheRest() {
		given(this.navigation.sections()).willReturn(List.of(new SectionLink("World", "world")));
		given(this.reader.frontPage(1)).willReturn(new Listing("Latest news",
				List.of(card("lead-story"), card("second-story")), new Pagination(1, 2, "/")));
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("article/front")
			.bodyText()
			.contains("class=\"story story--lead\"", "Title of lead-story", "Title of second-story",
					"href=\"/sections/world\"", "href=\"/?page=2\"", "Page 1 of 2");
	}

	@Test
	void pageNumberThatIsNotANumberIsABadRequest() {
		assertThat(this.mvc.get().uri("/?page=abc")).hasStatus(400);
		assertThat(this.mvc.get().uri("/tags/sco?page=1.5")).hasStatus(400);
		assertThat(this.mvc.get().uri("/?page=99999999999")).hasStatus(400);
	}

	@Test
	void pageNumberBelowOneIsABadRequest() {
		assertThat(this.mvc.get().uri("/?page=0")).hasStatus(400);
		assertThat(this.mvc.get().uri("/sections/world?page=-3")).hasStatus(400);
	}

	@Test
	void pagePastTheEndIsNotFound() {
		given(this.reader.frontPage(7)).willThrow(new ArticleNotFoundException("page 7 of /"));
		assertThat(this.mvc.get().uri("/?page=7")).hasStatus(404);
	}

	@Test
	void articlePageShowsHeadlineDatelineFigureAndBody() {
		given(this.reader.article("sco-summit")).willReturn(new ArticleView("sco-summit", "SCO Summit", "The lead.",
				"The lead.", "<p>The body.</p>", new Dateline(PUBLISHED, PUBLISHED.plusSeconds(5400)), null, "Sputnik",
				new LeadImage("photo-1.png", "Alt text", "The caption", "© Sputnik", 1200, 675),
				new SectionLink("World", "world"), List.of(Tag.named("Vladimir Putin")), 2));
		assertThat(this.mvc.get().uri("/articles/sco-summit")).hasStatusOk()
			.hasViewName("article/show")
			.bodyText()
			.contains("<h1 class=\"article__title\">SCO Summit</h1>",
					"<time datetime=\"2021-09-17T07:48:00Z\">07:48 GMT 17.09.2021</time> (Updated: <time datetime=\"2021-09-17T09:18:00Z\">09:18 GMT 17.09.2021</time>)",
					"<img src=\"/media/photo-1.png\" alt=\"Alt text\" width=\"1200\" height=\"675\">",
					"<span class=\"caption\">The caption</span>", "<small class=\"credit\">© Sputnik</small>",
					"<p>The body.</p>", "href=\"/tags/vladimir-putin\"", "Source: <span>Sputnik</span>");
	}

	@Test
	void articlePageListsRelatedStoriesAndStillShowsWhenTheyFail() {
		ArticleView article = new ArticleView("sco-summit", "SCO Summit", "The lead.", "The lead.", "<p>Body.</p>",
				new Dateline(PUBLISHED, null), null, null, null, null, List.of(Tag.named("SCO")), 1);
		given(this.reader.article("sco-summit")).willReturn(article);
		given(this.related.relatedTo(article, ArticleController.RELATED_STORIES))
			.willReturn(List.of(card("another-story")));
		assertThat(this.mvc.get().uri("/articles/sco-summit")).hasStatusOk()
			.bodyText()
			.contains("Related stories", "href=\"/articles/another-story\"",
					"<link rel=\"canonical\" href=\"http://localhost/articles/sco-summit\">",
					"<meta name=\"twitter:card\" content=\"summary\">");
		given(this.related.relatedTo(article, ArticleController.RELATED_STORIES))
			.willThrow(new IllegalStateException("index unavailable"));
		assertThat(this.mvc.get().uri("/articles/sco-summit")).hasStatusOk()
			.bodyText()
			.doesNotContain("Related stories");
	}

	@Test
	void listingHeadLinksNeighbourPagesAndItsFeed() {
		given(this.reader.tag("sco", 2))
			.willReturn(new Listing("SCO", List.of(card("b")), new Pagination(2, 3, "/tags/sco")));
		assertThat(this.mvc.get().uri("/tags/sco?page=2")).hasStatusOk()
			.bodyText()
			.contains("<link rel=\"prev\" href=\"/tags/sco\">", "<link rel=\"next\" href=\"/tags/sco?page=3\">",
					"<link rel=\"canonical\" href=\"http://localhost/tags/sco?page=2\">",
					"type=\"application/atom+xml\" title=\"Gazette — SCO\" href=\"/tags/sco/feed.xml\"");
	}

	@Test
	void unknownArticleIsNotFound() {
		given(this.reader.article("nope")).willThrow(new ArticleNotFoundException("article nope"));
		assertThat(this.mvc.get().uri("/articles/nope")).hasStatus(404);
	}

	@Test
	void oldSlugOfARenamedArticleRedirectsForGood() {
		given(this.reader.article("old-name")).willThrow(new ArticleMovedException("new-name"));
		assertThat(this.mvc.get().uri("/articles/old-name")).hasStatus(301).hasRedirectedUrl("/articles/new-name");
	}

	@Test
	void deletedArticleIsGone() {
		given(this.reader.article("deleted")).willThrow(new ArticleGoneException("deleted"));
		assertThat(this.mvc.get().uri("/articles/deleted")).hasStatus(410);
	}

	@Test
	void correctionNoteIsShownWithTheArticle() {
		given(this.reader.article("corrected")).willReturn(new ArticleView("corrected", "Corrected", "Lead", "Lead",
				"<p>Body</p>", new Dateline(PUBLISHED, PUBLISHED.plusSeconds(60)), null, null, null, null, List.of(), 1,
				"An earlier version misspelt a name."));
		assertThat(this.mvc.get().uri("/articles/corrected")).hasStatusOk()
			.bodyText()
			.contains("<strong>Correction:</strong> <span>An earlier version misspelt a name.</span>");
	}

	@Test
	void sectionAndTagListingsUseTheListingView() {
		given(this.reader.section("world", 1))
			.willReturn(new Listing("World", List.of(card("a")), new Pagination(1, 1, "/sections/world")));
		given(this.reader.tag("sco", 2))
			.willReturn(new Listing("SCO", List.of(card("b")), new Pagination(2, 2, "/tags/sco")));
		assertThat(this.mvc.get().uri("/sections/world")).hasStatusOk()
			.hasViewName("article/listing")
			.bodyText()
			.contains("<h1 class=\"listing__heading\">World</h1>");
		assertThat(this.mvc.get().uri("/tags/sco?page=2")).hasStatusOk().bodyText().contains("href=\"/tags/sco\"");
	}

	private static ArticleCard card(String slug) {
		return new ArticleCard(1L, slug, "Title of " + slug, "Lead of " + slug, "World", "world", null, PUBLISHED, null,
				null);
	}

}
