package org.gazette.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Articles in the database. "Visible" means published with a publish time not after
 * {@code now}: the rule is applied in every query, so a scheduled story appears on time
 * with no job to run.
 */
interface ArticleRepository extends JpaRepository<Article, Long> {

	String CARD = "select new org.gazette.article.ArticleCard(a.id, a.slug, a.title, a.summaryText, a.sectionName,"
			+ " a.sectionSlug, a.author, a.publishedAt, a.updatedAt, a.image) from Article a";

	String VISIBLE = " a.deletedAt is null and a.status = org.gazette.article.ArticleStatus.PUBLISHED"
			+ " and a.publishedAt <= :now";

	String NEWSROOM_ROW = "select new org.gazette.article.NewsroomRow(a.id, a.slug, a.title, a.status, a.publishedAt,"
			+ " a.deletedAt, a.sectionName, a.author, a.modifiedAt, a.modifiedBy) from Article a";

	String LAST_CHANGE_FIRST = " order by a.modifiedAt desc, a.id desc";

	String DRAFT = " a.deletedAt is null and a.status = org.gazette.article.ArticleStatus.DRAFT";

	String SCHEDULED = " a.deletedAt is null and a.status = org.gazette.article.ArticleStatus.PUBLISHED"
			+ " and a.publishedAt > :now";

	String NEWEST_FIRST = " order by a.publishedAt desc, a.id desc";

	@Query("select a from Article a where a.slug = :slug and" + VISIBLE)
	Optional<Article> findVisibleBySlug(@Param("slug") String slug, @Param("now") Instant now);

	@Query(value = CARD + " where" + VISIBLE + NEWEST_FIRST,
			countQuery = "select count(a) from Article a where" + VISIBLE)
	Page<ArticleCard> findVisibleCards(@Param("now") Instant now, Pageable pageable);

	@Query(value = CARD + " where a.sectionSlug = :section and" + VISIBLE + NEWEST_FIRST,
			countQuery = "select count(a) from Article a where a.sectionSlug = :section and" + VISIBLE)
	Page<ArticleCard> findVisibleCardsInSection(@Param("section") String sectionSlug, @Param("now") Instant now,
			Pageable pageable);

	@Query(value = CARD + " join a.tags t where t.slug = :tag and" + VISIBLE + NEWEST_FIRST,
			countQuery = "select count(a) from Article a join a.tags t where t.slug = :tag and" + VISIBLE)
	Page<ArticleCard> findVisibleCardsTagged(@Param("tag") String tagSlug, @Param("now") Instant now,
			Pageable pageable);

	@Query("select distinct new org.gazette.article.SectionLink(a.sectionName, a.sectionSlug) from Article a"
			+ " where a.sectionSlug is not null and" + VISIBLE + " order by a.sectionName")
	List<SectionLink> findVisibleSections(@Param("now") Instant now);

	@Query("select t.name from Article a join a.tags t where t.slug = :tag and" + VISIBLE
			+ " order by a.publishedAt desc limit 1")
	Optional<String> findVisibleTagName(@Param("tag") String tagSlug, @Param("now") Instant now);

	@Query("select a.sectionName from Article a where a.sectionSlug = :section and" + VISIBLE
			+ " order by a.publishedAt desc limit 1")
	Optional<String> findVisibleSectionName(@Param("section") String sectionSlug, @Param("now") Instant now);

	/*
	 * No visibility condition here: with one, a database may pick the index on status and
	 * publish time and read every visible article for each batch (H2 does), where the
	 * primary key reads just the batch.
	 */
	@Query("select new org.gazette.article.SitemapRow(a.id, a.slug, a.status, a.publishedAt, a.updatedAt,"
			+ " a.deletedAt, a.image.name, a.image.caption) from Article a where a.id > :after and a.id < :before"
			+ " order by a.id")
	List<SitemapRow> findSitemapRows(@Param("after") long afterId, @Param("before") long beforeId, Limit limit);

	@Query("select new org.gazette.article.NewsEntry(a.slug, a.title, a.publishedAt) from Article a"
			+ " where a.publishedAt >= :since and" + VISIBLE + NEWEST_FIRST)
	List<NewsEntry> findNewsSince(@Param("since") Instant since, @Param("now") Instant now, Limit limit);

	Optional<Article> findBySourcePath(String sourcePath);

	List<Article> findByIdGreaterThanOrderById(long id, Limit limit);

	@Query("select min(a.publishedAt) from Article a where a.status = org.gazette.article.ArticleStatus.PUBLISHED"
			+ " and a.publishedAt > :now")
	Optional<Instant> findNextPublicationAfter(@Param("now") Instant now);

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select new org.gazette.article.ImportedSource(a.sourcePath, a.sourceHash, a.id) from Article a"
			+ " where a.sourcePath is not null")
	List<ImportedSource> findImportedSources();

	boolean existsBySlugAndDeletedAtIsNotNull(String slug);

	boolean existsBySlugAndDeletedAtIsNull(String slug);

	@Query(value = NEWSROOM_ROW + " where a.deletedAt is null" + LAST_CHANGE_FIRST,
			countQuery = "select count(a) from Article a where a.deletedAt is null")
	Page<NewsroomRow> findNewsroomRows(Pageable pageable);

	@Query(value = NEWSROOM_ROW + " where" + DRAFT + LAST_CHANGE_FIRST,
			countQuery = "select count(a) from Article a where" + DRAFT)
	Page<NewsroomRow> findDraftRows(Pageable pageable);

	@Query(value = NEWSROOM_ROW + " where" + SCHEDULED + LAST_CHANGE_FIRST,
			countQuery = "select count(a) from Article a where" + SCHEDULED)
	Page<NewsroomRow> findScheduledRows(@Param("now") Instant now, Pageable pageable);

	@Query(value = NEWSROOM_ROW + " where" + VISIBLE + LAST_CHANGE_FIRST,
			countQuery = "select count(a) from Article a where" + VISIBLE)
	Page<NewsroomRow> findPublishedRows(@Param("now") Instant now, Pageable pageable);

	@Query(value = NEWSROOM_ROW + " where a.deletedAt is not null" + LAST_CHANGE_FIRST,
			countQuery = "select count(a) from Article a where a.deletedAt is not null")
	Page<NewsroomRow> findDeletedRows(Pageable pageable);

	@Query("select distinct a.sectionName from Article a where a.sectionName is not null and a.deletedAt is null"
			+ " order by a.sectionName")
	List<String> findSectionNames();

	@Query("select new org.gazette.article.SlugOwner(a.slug, coalesce(a.sourcePath, ''))" + " from Article a")
	List<SlugOwner> findSlugOwners();

}
