package org.gazette.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.gazette.article.ArticleContent;
import org.gazette.article.LeadImage;

/**
 * What differs between two versions of an article, field by field, as the conflict and
 * history pages show it.
 */
final class ArticleDiff {

	private ArticleDiff() {
	}

	/**
	 * Compares two versions of an article.
	 * @param before the older (or the other editor's) version
	 * @param after the newer (or your) version
	 * @return the fields that differ, each with its lines; empty when nothing differs
	 */
	static List<Field> between(ArticleContent before, ArticleContent after) {
		List<Field> fields = new ArrayList<>();
		add(fields, "Headline", before, after, ArticleContent::title);
		add(fields, "Slug", before, after, ArticleContent::slug);
		add(fields, "Lead", before, after, ArticleContent::summary);
		add(fields, "Text", before, after, ArticleContent::bodyMarkdown);
		add(fields, "Section", before, after, ArticleContent::section);
		add(fields, "Tags", before, after, (content) -> String.join(", ", content.tags()));
		add(fields, "Byline", before, after, ArticleContent::author);
		add(fields, "Source", before, after, ArticleContent::source);
		add(fields, "Photo", before, after, (content) -> photo(content.image()));
		add(fields, "Correction", before, after, ArticleContent::correction);
		add(fields, "Status", before, after, (content) -> String.valueOf(content.status()));
		add(fields, "Publish time", before, after, (content) -> time(content.publishedAt()));
		return fields;
	}

	private static void add(List<Field> fields, String label, ArticleContent before, ArticleContent after,
			Function<ArticleContent, String> part) {
		List<TextDiff.Line> lines = TextDiff.between(normalise(part.apply(before)), normalise(part.apply(after)));
		if (!lines.isEmpty()) {
			fields.add(new Field(label, lines));
		}
	}

	private static String normalise(String text) {
		return (text == null) ? "" : text.strip();
	}

	private static String photo(LeadImage image) {
		if (image == null || image.name() == null) {
			return null;
		}
		return String.join("\n", "Photo: " + image.name(), "Alt text: " + orEmpty(image.alt()),
				"Caption: " + orEmpty(image.caption()), "Credit: " + orEmpty(image.credit()));
	}

	private static String time(Instant instant) {
		return (instant != null) ? ArticleForm.formatTime(instant) + " GMT" : null;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * One field that differs.
	 *
	 * @param label the field's name on the form
	 * @param lines its lines, changed and in context
	 */
	record Field(String label, List<TextDiff.Line> lines) {
	}

}
