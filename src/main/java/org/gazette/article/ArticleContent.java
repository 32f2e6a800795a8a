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
 * @param correction the public correction note shown with the article, or {@code null}
 */
public record ArticleContent(String title, String slug, String summary, String bodyMarkdown, String section,
		List<String> tags, String author, String source, LeadImage image, ArticleStatus status, Instant publishedAt,
		Instant updatedAt, String correction) {

	/** The longest headline. */
	public static final int MAX_TITLE = 300;

	/** The longest lead. */
	public static final int MAX_SUMMARY = 1_000;

	/** The longest section or tag name. */
	public static final int MAX_NAME = 100;

	/** The longest byline or source. */
	public static final int MAX_BYLINE = 200;

	/** The longest text alternative of the lead image. */
	public static final int MAX_ALT = 500;

	/** The longest caption of the lead image. */
	public static final int MAX_CAPTION = 1_000;

	/** The longest credit line of the lead image. */
	public static final int MAX_CREDIT = 300;

	/** The longest correction note. */
	public static final int MAX_CORRECTION = 2_000;

	public ArticleContent {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

	/**
	 * Content without a correction note.
	 * @param title the headline
	 * @param slug the URL form
	 * @param summary the lead, or {@code null}
	 * @param bodyMarkdown the body
	 * @param section the section, or {@code null}
	 * @param tags the tags
	 * @param author the byline, or {@code null}
	 * @param source the source, or {@code null}
	 * @param image the lead image, or {@code null}
	 * @param status whether it is meant for readers
	 * @param publishedAt when readers may first see it
	 * @param updatedAt the last substantive update, or {@code null}
	 */
	public ArticleContent(String title, String slug, String summary, String bodyMarkdown, String section,
			List<String> tags, String author, String source, LeadImage image, ArticleStatus status, Instant publishedAt,
			Instant updatedAt) {
		this(title, slug, summary, bodyMarkdown, section, tags, author, source, image, status, publishedAt, updatedAt,
				null);
	}

	/**
	 * The same content with another lead image.
	 * @param image the lead image, or {@code null}
	 * @return the changed copy
	 */
	public ArticleContent withImage(LeadImage image) {
		return new ArticleContent(this.title, this.slug, this.summary, this.bodyMarkdown, this.section, this.tags,
				this.author, this.source, image, this.status, this.publishedAt, this.updatedAt, this.correction);
	}

	/**
	 * The same content with another publish time.
	 * @param publishedAt when readers may first see it
	 * @return the changed copy
	 */
	public ArticleContent withPublishedAt(Instant publishedAt) {
		return new ArticleContent(this.title, this.slug, this.summary, this.bodyMarkdown, this.section, this.tags,
				this.author, this.source, this.image, this.status, publishedAt, this.updatedAt, this.correction);
	}

	/**
	 * The same content with another status, publish and update time: what publishing
	 * decides, as opposed to what is written.
	 * @param status whether it is meant for readers
	 * @param publishedAt when readers may first see it
	 * @param updatedAt the last substantive update, or {@code null}
	 * @return the changed copy
	 */
	public ArticleContent withPublication(ArticleStatus status, Instant publishedAt, Instant updatedAt) {
		return new ArticleContent(this.title, this.slug, this.summary, this.bodyMarkdown, this.section, this.tags,
				this.author, this.source, this.image, status, publishedAt, updatedAt, this.correction);
	}

	/**
	 * The same content with another correction note.
	 * @param correction the note, or {@code null}
	 * @return the changed copy
	 */
	public ArticleContent withCorrection(String correction) {
		return new ArticleContent(this.title, this.slug, this.summary, this.bodyMarkdown, this.section, this.tags,
				this.author, this.source, this.image, this.status, this.publishedAt, this.updatedAt, correction);
	}

}
