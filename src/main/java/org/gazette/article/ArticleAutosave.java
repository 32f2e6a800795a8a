package org.gazette.article;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What one editor typed into an article's form and has not saved yet. It is kept apart
 * from the article, so autosaving never publishes anything and never changes the
 * article's version; one per editor and article, replaced by each autosave.
 */
@Entity
@Table(name = "article_autosave")
class ArticleAutosave {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_autosave_seq")
	@SequenceGenerator(name = "article_autosave_seq", sequenceName = "article_autosave_seq", allocationSize = 50)
	private Long id;

	private Long articleId;

	private String username;

	private Instant savedAt;

	private long baseVersion;

	@Embedded
	private ArticleText text;

	protected ArticleAutosave() {
	}

	ArticleAutosave(Long articleId, String username) {
		this.articleId = articleId;
		this.username = username;
	}

	void replace(ArticleText text, long baseVersion, Instant savedAt) {
		this.text = text;
		this.baseVersion = baseVersion;
		this.savedAt = savedAt;
	}

	Autosave view() {
		return new Autosave(this.articleId, this.savedAt, this.baseVersion, this.text.toContent());
	}

}
