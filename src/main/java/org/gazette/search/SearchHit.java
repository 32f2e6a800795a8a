package org.gazette.search;

import java.time.Instant;
import java.util.List;

import org.gazette.article.Dateline;

/**
 * One found article as the results page shows it.
 *
 * @param slug the article's URL form
 * @param title the headline, with matched words marked
 * @param snippet the passage that matched, or the lead, with matched words marked
 * @param sectionName the section, or {@code null}
 * @param sectionSlug the section's URL form, or {@code null}
 * @param publishedAt when it was published
 * @param updatedAt the last substantive update, or {@code null}
 */
public record SearchHit(String slug, List<TextPart> title, List<TextPart> snippet, String sectionName,
		String sectionSlug, Instant publishedAt, Instant updatedAt) {

	public String url() {
		return "/articles/" + this.slug;
	}

	public Dateline dateline() {
		return new Dateline(this.publishedAt, this.updatedAt);
	}

}
