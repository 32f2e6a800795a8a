package org.gazette.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Old slugs of renamed articles.
 */
interface ArticleAliasRepository extends JpaRepository<ArticleAlias, Long> {

	Optional<ArticleAlias> findBySlug(String slug);

	@Query("select new org.gazette.article.AliasTarget(a.slug, a.status, a.publishedAt, a.deletedAt)"
			+ " from ArticleAlias al join Article a on a.id = al.articleId where al.slug = :slug")
	Optional<AliasTarget> findTarget(@Param("slug") String slug);

	@Query(value = "select new org.gazette.article.Redirect(al.slug, a.id, a.slug, a.title, al.createdAt, al.createdBy)"
			+ " from ArticleAlias al join Article a on a.id = al.articleId order by al.createdAt desc, al.id desc",
			countQuery = "select count(al) from ArticleAlias al")
	Page<Redirect> findRedirects(Pageable pageable);

	@Query("select al from ArticleAlias al where al.articleId in :articles order by al.createdAt, al.id")
	List<ArticleAlias> findAllOfArticles(@Param("articles") Collection<Long> articleIds);

	@Modifying
	@Query("delete from ArticleAlias al where al.articleId = :article")
	void deleteAllOfArticle(@Param("article") Long articleId);

}
