package org.gazette.article;

import java.time.Instant;

/**
 * An article as the newsroom's list reads it in one light query.
 */
record NewsroomRow(Long id, String slug, String title, ArticleStatus status, Instant publishedAt, Instant deletedAt,
		String sectionName, String author, Instant modifiedAt, String modifiedBy) {

	NewsroomEntry entry(Instant now) {
		return new NewsroomEntry(this.id, this.slug, this.title,
				EditorialState.of(this.status, this.publishedAt, this.deletedAt, now), this.sectionName, this.author,
				this.publishedAt, this.modifiedAt, this.modifiedBy);
	}

}
