package org.gazette.article;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A slug an article had before it was renamed. Readers who follow an old link are
 * redirected for good to the article's current address.
 */
@Entity
@Table(name = "article_alias")
class ArticleAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_alias_seq")
	@SequenceGenerator(name = "article_alias_seq", sequenceName = "article_alias_seq", allocationSize = 50)
	private Long id;

	private String slug;

	private Long articleId;

	private Instant createdAt;

	private String createdBy;

	protected ArticleAlias() {
	}

	ArticleAlias(String slug, Long articleId, Instant createdAt, String createdBy) {
		this.slug = slug;
		this.articleId = articleId;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	String getSlug() {
		return this.slug;
	}

	Long getArticleId() {
		return this.articleId;
	}

	ArchivedAlias archived() {
		return new ArchivedAlias(this.slug, this.createdAt, this.createdBy);
	}

}
