package org.gazette.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Names the parts of an article that differ between two versions, as a history line says
 * it: "headline, text, tags".
 */
final class RevisionChanges {

	private static final int MAX_LENGTH = 500;

	private RevisionChanges() {
	}

	/**
	 * Names what differs in what was written; status and times only when they differ too.
	 * @return the changed parts, comma-separated, or an empty string
	 */
	static String between(ArticleContent before, ArticleContent after) {
		List<String> changed = new ArrayList<>();
		add(changed, "headline", before, after, ArticleContent::title);
		add(changed, "slug", before, after, ArticleContent::slug);
		add(changed, "lead", before, after, ArticleContent::summary);
		add(changed, "text", before, after, ArticleContent::bodyMarkdown);
		add(changed, "section", before, after, ArticleContent::section);
		add(changed, "tags", before, after, ArticleContent::tags);
		add(changed, "byline", before, after, ArticleContent::author);
		add(changed, "source", before, after, ArticleContent::source);
		add(changed, "photo", before, after, (content) -> imageText(content.image()));
		add(changed, "correction", before, after, ArticleContent::correction);
		return String.join(", ", changed);
	}

	/**
	 * Names what differs, publication included.
	 * @return the changed parts, comma-separated, or an empty string
	 */
	static String withPublication(ArticleContent before, ArticleContent after) {
		List<String> changed = new ArrayList<>();
		String text = between(before, after);
		if (!text.isEmpty()) {
			changed.add(text);
		}
		add(changed, "status", before, after, ArticleContent::status);
		add(changed, "publish time", before, after, ArticleContent::publishedAt);
		add(changed, "update time", before, after, ArticleContent::updatedAt);
		return String.join(", ", changed);
	}

	static String fit(String changes) {
		if (changes == null || changes.isEmpty()) {
			return null;
		}
		return (changes.length() > MAX_LENGTH) ? changes.substring(0, MAX_LENGTH - 1) + "…" : changes;
	}

	private static void add(List<String> changed, String name, ArticleContent before, ArticleContent after,
			Function<ArticleContent, Object> part) {
		if (!Objects.equals(normalise(part.apply(before)), normalise(part.apply(after)))) {
			changed.add(name);
		}
	}

	private static Object normalise(Object value) {
		if (value instanceof String text) {
			String stripped = text.strip();
			return stripped.isEmpty() ? null : stripped;
		}
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		return value;
	}

	private static String imageText(LeadImage image) {
		if (image == null || image.name() == null || image.name().isBlank()) {
			return null;
		}
		return image.name() + "\n" + image.alt() + "\n" + image.caption() + "\n" + image.credit();
	}

}
