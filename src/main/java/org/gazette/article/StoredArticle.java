package org.gazette.article;

import java.time.Instant;

/**
 * An article as the newsroom edits it: what its author decided, plus what the newsroom
 * keeps about it.
 *
 * @param id the article's id
 * @param version the version a save must name, so that concurrent saves are noticed
 * @param content what its author decided
 * @param state draft, scheduled, published or deleted, now
 * @param createdAt when it was created
 * @param modifiedAt when it was last changed
 * @param modifiedBy who changed it last, or {@code null} when only imported
 * @param sourcePath the content file it was imported from, or {@code null}
 */
public record StoredArticle(Long id, long version, ArticleContent content, EditorialState state, Instant createdAt,
		Instant modifiedAt, String modifiedBy, String sourcePath) {

	static StoredArticle of(Article article, Instant now) {
		return new StoredArticle(article.getId(), article.getVersion(), article.content(),
				EditorialState.of(article.getStatus(), article.getPublishedAt(), article.getDeletedAt(), now),
				article.getCreatedAt(), article.getModifiedAt(), article.getModifiedBy(), article.getSourcePath());
	}

	/**
	 * The article's public path.
	 * @return {@code /articles/{slug}}
	 */
	public String url() {
		return "/articles/" + this.content.slug();
	}

	public boolean isDeleted() {
		return this.state == EditorialState.DELETED;
	}

	/**
	 * Tells whether readers see it or will see it without anyone doing anything.
	 * @return whether it is published or scheduled
	 */
	public boolean isPublished() {
		return this.state == EditorialState.PUBLISHED || this.state == EditorialState.SCHEDULED;
	}

}
