package org.gazette.article;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One saved state of an article: who saved it, when, what they did, and the whole text as
 * it was then. Revisions are never changed; restoring one makes a new one.
 */
@Entity
@Table(name = "article_revision")
class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_revision_seq")
	@SequenceGenerator(name = "article_revision_seq", sequenceName = "article_revision_seq", allocationSize = 50)
	private Long id;

	private Long articleId;

	private int number;

	private Instant createdAt;

	private String createdBy;

	@Enumerated(EnumType.STRING)
	private RevisionAction action;

	private String changes;

	@Embedded
	private ArticleText text;

	protected ArticleRevision() {
	}

	ArticleRevision(Long articleId, int number, Instant createdAt, String createdBy, RevisionAction action,
			String changes, ArticleText text) {
		this.articleId = articleId;
		this.number = number;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.action = action;
		this.changes = changes;
		this.text = text;
	}

	Long getArticleId() {
		return this.articleId;
	}

	int getNumber() {
		return this.number;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	RevisionAction getAction() {
		return this.action;
	}

	String getChanges() {
		return this.changes;
	}

	ArticleContent content() {
		return this.text.toContent();
	}

	RevisionSummary summary() {
		return new RevisionSummary(this.number, this.createdAt, this.createdBy, this.action, this.changes);
	}

}
