package org.gazette.article;

import java.time.Instant;
import java.util.List;

import org.gazette.markdown.RenderedMarkdown;

/**
 * Articles for tests, published an hour before a fixed time unless told otherwise.
 */
final class ArticleBuilder {

	static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	private String title = "A story";

	private String slug = "a-story";

	private String section = "World";

	private List<String> tags = List.of("SCO");

	private ArticleStatus status = ArticleStatus.PUBLISHED;

	private Instant publishedAt = NOW.minusSeconds(3600);

	private ArticleBuilder() {
	}

	static ArticleBuilder article(String slug) {
		ArticleBuilder builder = new ArticleBuilder();
		builder.slug = slug;
		builder.title = "Title of " + slug;
		return builder;
	}

	ArticleBuilder section(String section) {
		this.section = section;
		return this;
	}

	ArticleBuilder tags(String... tags) {
		this.tags = List.of(tags);
		return this;
	}

	ArticleBuilder draft() {
		this.status = ArticleStatus.DRAFT;
		return this;
	}

	ArticleBuilder publishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
		return this;
	}

	Article build() {
		Article article = new Article(this.publishedAt);
		ArticleContent content = new ArticleContent(this.title, this.slug, "Lead of " + this.slug, "Body.",
				this.section, this.tags, null, null, null, this.status, this.publishedAt, null);
		article.apply(content,
				new RenderedMarkdown("Lead of " + this.slug, "Lead of " + this.slug, "<p>Body.</p>", "Body."),
				this.publishedAt);
		return article;
	}

}
