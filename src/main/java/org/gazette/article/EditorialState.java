package org.gazette.article;

import java.time.Instant;

/**
 * Where an article stands, as the newsroom shows it. Scheduled is not stored: it is a
 * published article whose publish time has not come yet.
 */
public enum EditorialState {

	DRAFT("Draft"), SCHEDULED("Scheduled"), PUBLISHED("Published"), DELETED("Deleted");

	private final String label;

	EditorialState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static EditorialState of(ArticleStatus status, Instant publishedAt, Instant deletedAt, Instant now) {
		if (deletedAt != null) {
			return DELETED;
		}
		if (status != ArticleStatus.PUBLISHED) {
			return DRAFT;
		}
		return (publishedAt != null && publishedAt.isAfter(now)) ? SCHEDULED : PUBLISHED;
	}

}
