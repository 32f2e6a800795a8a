package org.gazette.article;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.article.ArticleBuilder.NOW;
import static org.gazette.article.ArticleBuilder.article;

@DataJpaTest
class ArticleRepositoryTests {

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private DataSource dataSource;

	@BeforeEach
	void someArticles() {
		this.articles
			.saveAll(List.of(article("older").publishedAt(NOW.minusSeconds(7200)).tags("SCO", "Russia").build(),
					article("newer").section("Business").tags("Russia").build(), article("draft").draft().build(),
					article("scheduled").publishedAt(NOW.plusSeconds(60)).build()));
	}

	@Test
	void visibleArticlesArePublishedAndDueNewestFirst() {
		Page<ArticleCard> page = this.articles.findVisibleCards(NOW, PageRequest.of(0, 20));
		assertThat(page.getContent()).extracting(ArticleCard::slug).containsExactly("newer", "older");
		assertThat(page.getTotalElements()).isEqualTo(2);
	}

	@Test
	void listingPagesWalkTheListingIndexInOrderAndTheirCountsReadNoRow() throws SQLException {
		assumeH2();
		String visible = " from article a where a.deleted_at is null and a.status = 'PUBLISHED'"
				+ " and a.published_at <= current_timestamp";
		String page = plan("select a.id, a.slug" + visible
				+ " order by a.published_at desc, a.id desc offset 40 rows fetch next 20 rows only");
		assertThat(page).contains("ARTICLE_LISTING_IDX").contains("/* index sorted */");
		assertThat(plan("select count(*)" + visible)).contains("ARTICLE_LISTING_IDX");
		String inSection = visible + " and a.section_slug = 'business'";
		assertThat(plan("select a.id, a.slug" + inSection
				+ " order by a.published_at desc, a.id desc offset 40 rows fetch next 20 rows only"))
			.contains("ARTICLE_LISTING_IDX")
			.contains("/* index sorted */");
		assertThat(plan("select count(*)" + inSection)).contains("ARTICLE_LISTING_IDX");
		// The site header's sections: every column the query reads is in the index.
		assertThat(plan("select distinct a.section_name, a.section_slug" + visible
				+ " and a.section_slug is not null order by a.section_name"))
			.contains("ARTICLE_LISTING_IDX");
		assertThat(indexColumns("ARTICLE_LISTING_IDX")).contains("SECTION_NAME", "SECTION_SLUG", "STATUS", "DELETED_AT",
				"PUBLISHED_AT");
	}

	@Test
	void whatAStartUpReadsOfEveryArticleComesFromAnIndexNotTheTable() throws SQLException {
		assumeH2();
		// Without a condition to narrow them, H2 reads these from a secondary index
		// only when it holds every column they need; otherwise it scans the table.
		assertThat(plan("select a.source_path, a.source_hash, a.id from article a where a.source_path is not null"))
			.contains("ARTICLE_IMPORT_IDX");
		assertThat(plan("select a.slug, coalesce(a.source_path, '') from article a")).contains("ARTICLE_IMPORT_IDX");
		assertThat(plan("select count(*), coalesce(sum(a.id), 0), coalesce(sum(a.version), 0) from article a"))
			.contains("ARTICLE_IMPORT_IDX");
		assertThat(plan("select a.slug, a.title from article a")).contains("tableScan");
	}

	@SuppressWarnings("unchecked")
	private List<String> indexColumns(String index) {
		return this.entityManager
			.createNativeQuery("select column_name from information_schema.index_columns where index_name = :index")
			.setParameter("index", index)
			.getResultList();
	}

	private void assumeH2() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			Assumptions.assumeTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:"), "H2's query plans only");
		}
	}

	private String plan(String query) {
		return (String) this.entityManager.createNativeQuery("explain " + query).getSingleResult();
	}

	@Test
	void scheduledArticleBecomesVisibleWhenItsTimeComes() {
		assertThat(this.articles.findVisibleBySlug("scheduled", NOW)).isEmpty();
		assertThat(this.articles.findVisibleBySlug("scheduled", NOW.plusSeconds(60))).isPresent();
	}

	@Test
	void draftIsNeverVisible() {
		assertThat(this.articles.findVisibleBySlug("draft", NOW.plusSeconds(86400))).isEmpty();
		assertThat(this.articles.findBySlug("draft")).isPresent();
	}

	@Test
	void sectionListingHoldsOnlyThatSection() {
		assertThat(this.articles.findVisibleCardsInSection("business", NOW, PageRequest.of(0, 20)).getContent())
			.extracting(ArticleCard::slug)
			.containsExactly("newer");
		assertThat(this.articles.findVisibleSectionName("business", NOW)).contains("Business");
		assertThat(this.articles.findVisibleSectionName("sport", NOW)).isEmpty();
	}

	@Test
	void tagListingFindsArticlesByTheTagsUrlForm() {
		Page<ArticleCard> tagged = this.articles.findVisibleCardsTagged("russia", NOW, PageRequest.of(0, 1));
		assertThat(tagged.getContent()).extracting(ArticleCard::slug).containsExactly("newer");
		assertThat(tagged.getTotalElements()).isEqualTo(2);
		assertThat(this.articles.findVisibleTagName("russia", NOW)).contains("Russia");
	}

	@Test
	void sectionsHaveAVisibleArticleAndAreSortedByName() {
		assertThat(this.articles.findVisibleSections(NOW)).containsExactly(new SectionLink("Business", "business"),
				new SectionLink("World", "world"));
	}

	@Test
	void sitemapRowsArePagedByIdWithoutOffsets() {
		List<SitemapRow> all = this.articles.findSitemapRows(0, Long.MAX_VALUE, Limit.of(10));
		assertThat(all).extracting(SitemapRow::slug).containsExactly("older", "newer", "draft", "scheduled");
		assertThat(all).filteredOn((row) -> row.isVisibleAt(NOW))
			.extracting(SitemapRow::slug)
			.containsExactly("older", "newer");
		assertThat(this.articles.findSitemapRows(all.get(0).id(), all.get(3).id(), Limit.of(10)))
			.containsExactly(all.get(1), all.get(2));
	}

	@Test
	void sitemapEntriesAreTheVisibleArticlesInIdOrderAcrossAnyNumberOfDrafts() {
		List<Article> drafts = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			drafts.add(article("draft-" + i).draft().build());
		}
		this.articles.saveAll(drafts);
		Article last = this.articles.save(article("last").publishedAt(NOW.minusSeconds(60)).build());
		ArticleReader reader = new ArticleReader(this.articles, null, Clock.fixed(NOW, ZoneOffset.UTC));

		List<SitemapEntry> entries = reader.sitemapEntries(0, Long.MAX_VALUE, 1_000);
		assertThat(entries).extracting(SitemapEntry::slug).containsExactly("older", "newer", "last");
		assertThat(reader.sitemapEntries(0, Long.MAX_VALUE, 2)).extracting(SitemapEntry::slug)
			.containsExactly("older", "newer");
		assertThat(reader.sitemapEntries(entries.get(1).id(), Long.MAX_VALUE, 2)).extracting(SitemapEntry::slug)
			.containsExactly("last");
		assertThat(reader.sitemapEntries(entries.get(1).id(), last.getId(), 2)).isEmpty();
	}

	@Test
	void newsSitemapHoldsOnlyRecentVisibleArticles() {
		assertThat(this.articles.findNewsSince(NOW.minusSeconds(5400), NOW, Limit.of(10))).extracting(NewsEntry::slug)
			.containsExactly("newer");
	}

	@Test
	void importedSourcesAndSlugOwnersAreReadInOneQueryEach() {
		Article imported = article("imported").build();
		imported.markImported("world/imported.md", "abc");
		this.articles.save(imported);
		assertThat(this.articles.findImportedSources())
			.containsExactly(new ImportedSource("world/imported.md", "abc", imported.getId()));
		assertThat(this.articles.findSlugOwners()).contains(new SlugOwner("imported", "world/imported.md"),
				new SlugOwner("older", ""));
	}

	@Test
	void tagsKeepTheirOrderAndDuplicatesAreDropped() {
		Article article = this.articles
			.saveAndFlush(article("tagged").tags("Vladimir Putin", "SCO", "vladimir putin", " ").build());
		assertThat(this.articles.findById(article.getId()).orElseThrow().getTags())
			.containsExactly(new Tag("Vladimir Putin", "vladimir-putin"), new Tag("SCO", "sco"));
	}

	@Test
	void deletedArticleIsInNoReaderQueryButInTheNewsroomsDeletedList() {
		Article deleted = this.articles.findBySlug("newer").orElseThrow();
		deleted.delete(NOW);
		this.articles.saveAndFlush(deleted);
		assertThat(this.articles.findVisibleBySlug("newer", NOW)).isEmpty();
		assertThat(this.articles.findVisibleCards(NOW, PageRequest.of(0, 20)).getContent())
			.extracting(ArticleCard::slug)
			.containsExactly("older");
		assertThat(this.articles.findVisibleSections(NOW)).extracting(SectionLink::name).containsExactly("World");
		assertThat(this.articles.existsBySlugAndDeletedAtIsNotNull("newer")).isTrue();
		assertThat(this.articles.findDeletedRows(PageRequest.of(0, 20)).getContent()).extracting(NewsroomRow::slug)
			.containsExactly("newer");
		assertThat(this.articles.findNewsroomRows(PageRequest.of(0, 20)).getContent()).extracting(NewsroomRow::slug)
			.doesNotContain("newer");
	}

	@Test
	void newsroomStatesSplitDraftsScheduledAndPublished() {
		assertThat(this.articles.findDraftRows(PageRequest.of(0, 20)).getContent()).extracting(NewsroomRow::slug)
			.containsExactly("draft");
		assertThat(this.articles.findScheduledRows(NOW, PageRequest.of(0, 20)).getContent())
			.extracting(NewsroomRow::slug)
			.containsExactly("scheduled");
		assertThat(this.articles.findPublishedRows(NOW, PageRequest.of(0, 20)).getContent())
			.extracting(NewsroomRow::slug)
			.containsExactlyInAnyOrder("older", "newer");
	}

}
