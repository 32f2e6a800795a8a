package org.gazette.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Autosaved text, one per editor and article.
 */
interface ArticleAutosaveRepository extends JpaRepository<ArticleAutosave, Long> {

	Optional<ArticleAutosave> findByArticleIdAndUsername(Long articleId, String username);

	@Modifying
	@Query("delete from ArticleAutosave s where s.articleId = :article and s.username = :username")
	void deleteOfEditor(@Param("article") Long articleId, @Param("username") String username);

	@Modifying
	@Query("delete from ArticleAutosave s where s.articleId = :article")
	void deleteAllOfArticle(@Param("article") Long articleId);

}
