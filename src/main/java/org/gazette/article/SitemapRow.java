package org.gazette.article;

import java.time.Instant;

/**
 * An article as sitemaps read it by id, drafts and deleted ones included: the visibility
 * rule is applied here rather than in the query, so that the database walks its primary
 * key in order instead of every visible article for each batch.
 *
 * @param id the article's id
 * @param slug the URL form
 * @param status draft or published
 * @param publishedAt when it was (or will be) published, or {@code null}
 * @param updatedAt the last substantive update, or {@code null}
 * @param deletedAt when it was deleted, or {@code null}
 * @param imageName the lead image's media name, or {@code null}
 * @param imageCaption the lead image's caption, or {@code null}
 */
record SitemapRow(Long id, String slug, ArticleStatus status, Instant publishedAt, Instant updatedAt, Instant deletedAt,
		String imageName, String imageCaption) {

	boolean isVisibleAt(Instant now) {
		return this.deletedAt == null && this.status == ArticleStatus.PUBLISHED && this.publishedAt != null
				&& !this.publishedAt.isAfter(now);
	}

	SitemapEntry entry() {
		return new SitemapEntry(this.id, this.slug, this.publishedAt, this.updatedAt, this.imageName,
				this.imageCaption);
	}

}
