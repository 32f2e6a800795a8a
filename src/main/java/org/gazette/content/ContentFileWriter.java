package org.gazette.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleStatus;
import org.gazette.article.LeadImage;

/**
 * Writes an article as a content file that {@link ContentFile#read} reads back to the
 * same article. Values that YAML could read as anything but the same string (a colon, a
 * {@code #}, a leading dash, {@code yes}, a number, a line break) are double-quoted with
 * escapes; plain words stay plain so the file reads like a hand-written one.
 */
final class ContentFileWriter {

	/** Words and simple phrases no YAML reader takes for anything but a string. */
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ._/'()-]*[A-Za-z0-9.)]|[A-Za-z]");

	private static final Pattern RESERVED = Pattern
		.compile("(?i)y|n|yes|no|true|false|on|off|null|nan|inf|\\.inf|\\.nan");

	private ContentFileWriter() {
	}

	static String write(ArticleContent content) {
		StringBuilder out = new StringBuilder("---\n");
		field(out, "title", content.title());
		field(out, "slug", content.slug());
		if (content.status() == ArticleStatus.DRAFT) {
			field(out, "status", "draft");
		}
		field(out, "summary", content.summary());
		instant(out, "published", content.publishedAt());
		instant(out, "updated", content.updatedAt());
		field(out, "section", content.section());
		if (!content.tags().isEmpty()) {
			List<String> tags = new ArrayList<>();
			for (String tag : content.tags()) {
				tags.add(scalar(tag));
			}
			out.append("tags: [").append(String.join(", ", tags)).append("]\n");
		}
		field(out, "author", content.author());
		field(out, "source", content.source());
		LeadImage image = content.image();
		if (image != null && image.name() != null && !image.name().isBlank()) {
			field(out, "image", image.url());
			field(out, "image_alt", image.alt());
			field(out, "image_caption", image.caption());
			field(out, "image_credit", image.credit());
		}
		field(out, "correction", content.correction());
		out.append("---\n\n");
		String body = (content.bodyMarkdown() != null) ? content.bodyMarkdown().stripTrailing() : "";
		out.append(body).append('\n');
		return out.toString();
	}

	private static void field(StringBuilder out, String name, String value) {
		if (value != null && !value.isBlank()) {
			out.append(name).append(": ").append(scalar(value)).append('\n');
		}
	}

	private static void instant(StringBuilder out, String name, Instant value) {
		if (value != null) {
			out.append(name).append(": ").append(value).append('\n');
		}
	}

	/**
	 * A YAML scalar that reads back as exactly this text.
	 */
	static String scalar(String value) {
		if (PLAIN.matcher(value).matches() && !RESERVED.matcher(value).matches() && !value.contains(" '")
				&& !value.contains("  ")) {
			return value;
		}
		StringBuilder quoted = new StringBuilder("\"");
		value.codePoints().forEach((c) -> {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0x85) {
						quoted.append(String.format(Locale.ROOT, "\\u%04x", c));
					}
					else {
						quoted.appendCodePoint(c);
					}
				}
			}
		});
		return quoted.append('"').toString();
	}

}
