package org.gazette.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Revisions of articles.
 */
interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

	List<ArticleRevision> findByArticleIdOrderByNumberDesc(Long articleId);

	Optional<ArticleRevision> findByArticleIdAndNumber(Long articleId, int number);

	@Query("select r from ArticleRevision r where r.articleId in :articles order by r.articleId, r.number")
	List<ArticleRevision> findAllOfArticles(@Param("articles") Collection<Long> articleIds);

	@Modifying
	@Query("delete from ArticleRevision r where r.articleId = :article")
	void deleteAllOfArticle(@Param("article") Long articleId);

}
