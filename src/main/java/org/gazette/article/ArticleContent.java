package org.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * Everything about an article that its author decides, as a content file or the admin
 * form gives it. {@link ArticleService} renders it and stores it.
 *
 * @param title the headline
 * @param slug the URL form, see {@link Slugs}
 * @param summary the lead as inline markdown, or {@code null}
 * @param bodyMarkdown the body as markdown
 * @param section the section's name, or {@code null}
 * @param tags the tags' names, in order
 * @param author the byline, or {@code null}
 * @param source the agency or publication the story comes from, or {@code null}
 * @param image the lead image, or {@code null}
 * @param status whether it is meant for readers
 * @param publishedAt when readers may first see it
 * @param updatedAt the last substantive update readers are told about, or {@code null}
 */
public record ArticleContent(String title, String slug, String summary, String bodyMarkdown, String section,
		List<String> tags, String author, String source, LeadImage image, ArticleStatus status, Instant publishedAt,
		Instant updatedAt) {

	public ArticleContent {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

	/**
	 * The same content with another lead image.
	 * @param image the lead image, or {@code null}
	 * @return the changed copy
	 */
	public ArticleContent withImage(LeadImage image) {
		return new ArticleContent(this.title, this.slug, this.summary, this.bodyMarkdown, this.section, this.tags,
				this.author, this.source, image, this.status, this.publishedAt, this.updatedAt);
	}

	/**
	 * The same content with another publish time.
	 * @param publishedAt when readers may first see it
	 * @return the changed copy
	 */
	public ArticleContent withPublishedAt(Instant publishedAt) {
		return new ArticleContent(this.title, this.slug, this.summary, this.bodyMarkdown, this.section, this.tags,
				this.author, this.source, this.image, this.status, publishedAt, this.updatedAt);
	}

}
