package org.gazette.article;

import java.time.Instant;

/**
 * An article as listings show it: no body, so a page of them is one light query.
 *
 * @param id the article's id
 * @param slug the URL form
 * @param title the headline
 * @param summary the lead as plain text
 * @param sectionName the section, or {@code null}
 * @param sectionSlug the section's URL form, or {@code null}
 * @param author the byline, or {@code null}
 * @param publishedAt when it was published
 * @param updatedAt the last substantive update, or {@code null}
 * @param image the lead image, or {@code null}
 */
public record ArticleCard(Long id, String slug, String title, String summary, String sectionName, String sectionSlug,
		String author, Instant publishedAt, Instant updatedAt, LeadImage image) {

	/**
	 * The article's path.
	 * @return {@code /articles/{slug}}
	 */
	public String url() {
		return "/articles/" + this.slug;
	}

	/**
	 * The dateline readers see.
	 * @return the dateline
	 */
	public Dateline dateline() {
		return new Dateline(this.publishedAt, this.updatedAt);
	}

}
