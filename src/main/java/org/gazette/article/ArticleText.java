package org.gazette.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A copy of an article's {@link ArticleContent}, as revisions and autosaves keep it. Tags
 * are kept one per line: a tag name never holds a line break.
 */
@Embeddable
class ArticleText {

	private String title;

	private String slug;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(columnDefinition = "text")
	private String bodyMarkdown;

	private String sectionName;

	@Column(columnDefinition = "text")
	private String tags;

	private String author;

	private String source;

	@Embedded
	private LeadImage image;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	private Instant publishedAt;

	private Instant updatedAt;

	@Column(columnDefinition = "text")
	private String correction;

	protected ArticleText() {
	}

	static ArticleText of(ArticleContent content) {
		ArticleText text = new ArticleText();
		text.title = content.title();
		text.slug = content.slug();
		text.summary = content.summary();
		text.bodyMarkdown = content.bodyMarkdown();
		text.sectionName = content.section();
		text.tags = String.join("\n", content.tags().stream().map((tag) -> tag.replaceAll("\\R", " ")).toList());
		text.author = content.author();
		text.source = content.source();
		text.image = content.image();
		text.status = content.status();
		text.publishedAt = content.publishedAt();
		text.updatedAt = content.updatedAt();
		text.correction = content.correction();
		return text;
	}

	/**
	 * The same copy cut to the columns' sizes: an autosave keeps whatever was typed, even
	 * text too long to publish.
	 */
	ArticleText fitted() {
		this.title = cut(this.title, ArticleContent.MAX_TITLE);
		this.slug = cut(this.slug, Slugs.MAX_LENGTH);
		this.sectionName = cut(this.sectionName, ArticleContent.MAX_NAME);
		this.author = cut(this.author, ArticleContent.MAX_BYLINE);
		this.source = cut(this.source, ArticleContent.MAX_BYLINE);
		if (this.image != null) {
			this.image = new LeadImage(cut(this.image.name(), 255), cut(this.image.alt(), ArticleContent.MAX_ALT),
					cut(this.image.caption(), ArticleContent.MAX_CAPTION),
					cut(this.image.credit(), ArticleContent.MAX_CREDIT), this.image.width(), this.image.height());
		}
		return this;
	}

	ArticleContent toContent() {
		List<String> tagList = (this.tags == null || this.tags.isEmpty()) ? List.of()
				: Arrays.asList(this.tags.split("\n"));
		return new ArticleContent(this.title, this.slug, this.summary, this.bodyMarkdown, this.sectionName, tagList,
				this.author, this.source, this.image, this.status, this.publishedAt, this.updatedAt, this.correction);
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
