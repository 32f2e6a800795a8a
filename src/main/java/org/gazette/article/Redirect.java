package org.gazette.article;

import java.time.Instant;

/**
 * An old address that redirects to an article's current one, as the newsroom lists it.
 *
 * @param oldSlug the slug the article had
 * @param articleId the article
 * @param currentSlug the slug it has now
 * @param title its headline
 * @param createdAt when the article was renamed
 * @param createdBy who renamed it
 */
public record Redirect(String oldSlug, Long articleId, String currentSlug, String title, Instant createdAt,
		String createdBy) {

	public String oldUrl() {
		return "/articles/" + this.oldSlug;
	}

	public String currentUrl() {
		return "/articles/" + this.currentSlug;
	}

}
