package org.gazette.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gazette.account.SecurityConfiguration;
import org.gazette.article.ArticleReader;
import org.gazette.article.SiteLinks;
import org.gazette.article.SiteProperties;
import org.gazette.article.SitemapEntry;
import org.gazette.search.ArticleIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SitemapController.class)
@Import({ SecurityConfiguration.class, SiteLinks.class })
@EnableConfigurationProperties(SiteProperties.class)
class SitemapControllerTests {

	private static final Instant LAST = Instant.parse("2026-11-27T10:00:00Z");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ArticleReader reader;

	@MockitoBean
	private ArticleIndex index;

	@Test
	void upTo2000ArticlesOneSitemapListsThemAll() {
		given(this.index.visibleCount()).willReturn(2_000L);
		given(this.reader.sitemapEntries(eq(0L), eq(Long.MAX_VALUE), anyInt()))
			.willReturn(List.of(new SitemapEntry(7L, "a-story", LAST, null, null, null)));
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk()
			.bodyText()
			.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
					"<loc>http://localhost/articles/a-story</loc><lastmod>2026-11-27T10:00:00Z</lastmod>");
	}

	@Test
	void above2000ArticlesTheSitemapIsAnIndexOfIdRanges() {
		given(this.index.visibleCount()).willReturn(2_001L);
		given(this.index.idRangeCounts(ArticleReader.SITEMAP_CHUNK_IDS))
			.willReturn(new TreeMap<>(Map.of(0L, 1_900L, 2L, 101L)));
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk()
			.bodyText()
			.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
					"<sitemap><loc>http://localhost/sitemaps/articles-0.xml</loc></sitemap>",
					"<loc>http://localhost/sitemaps/articles-2.xml</loc>")
			.doesNotContain("<url>");
	}

	@Test
	void aSitemapOfTheIndexListsOnlyItsIdRangeInBatches() {
		long from = 2 * ArticleReader.SITEMAP_CHUNK_IDS;
		long to = from + ArticleReader.SITEMAP_CHUNK_IDS;
		given(this.reader.sitemapEntries(from - 1, to, 1))
			.willReturn(List.of(new SitemapEntry(from, "first", LAST, null, null, null)));
		given(this.reader.sitemapEntries(from - 1, to, 1_000))
			.willReturn(List.of(new SitemapEntry(from, "first", LAST, null, "p.png", "A & B")));
		assertThat(this.mvc.get().uri("/sitemaps/articles-2.xml")).hasStatusOk()
			.bodyText()
			.contains("<loc>http://localhost/articles/first</loc>", "<image:caption>A &amp; B</image:caption>");
		given(this.reader.sitemapEntries(anyLong(), anyLong(), eq(1))).willReturn(List.of());
		assertThat(this.mvc.get().uri("/sitemaps/articles-5.xml")).hasStatus(404);
	}

}
