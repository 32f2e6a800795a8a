package org.gazette.article;

import java.time.Instant;

/**
 * A recent article as a news sitemap lists it.
 *
 * @param slug the URL form
 * @param title the headline
 * @param publishedAt when it was published
 */
public record NewsEntry(String slug, String title, Instant publishedAt) {

	/**
	 * The article's path.
	 * @return {@code /articles/{slug}}
	 */
	public String url() {
		return "/articles/" + this.slug;
	}

}
