package org.gazette.article;

import java.time.Instant;

/**
 * Where an old slug leads.
 *
 * @param slug the article's current slug
 * @param status the article's status
 * @param publishedAt its publish time
 * @param deletedAt when it was deleted, or {@code null}
 */
record AliasTarget(String slug, ArticleStatus status, Instant publishedAt, Instant deletedAt) {

	boolean isVisibleAt(Instant now) {
		return this.deletedAt == null && this.status == ArticleStatus.PUBLISHED && this.publishedAt != null
				&& !this.publishedAt.isAfter(now);
	}

}
