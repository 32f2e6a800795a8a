package org.gazette.media;

/**
 * The markdown that shows a photo as a figure, in the house syntax
 * {@code ![alt](/media/name "Caption"){credit="© Agency"}}.
 */
final class Snippets {

	private Snippets() {
	}

	static String figure(String url, String alt, String caption, String credit) {
		StringBuilder markdown = new StringBuilder("![").append(escape(oneLine(alt), "\\[]*_`<&"))
			.append("](")
			.append(url);
		String title = oneLine(caption);
		if (!title.isEmpty()) {
			markdown.append(" \"").append(escape(title, "\\\"&")).append('"');
		}
		markdown.append(')');
		String line = oneLine(credit);
		if (!line.isEmpty()) {
			// The attribute syntax has no escapes: a credit holding double quotes is put
			// in single ones, and one holding both loses its double quotes to typographic
			// ones.
			if (line.indexOf('"') < 0) {
				markdown.append("{credit=\"").append(line).append("\"}");
			}
			else if (line.indexOf('\'') < 0) {
				markdown.append("{credit='").append(line).append("'}");
			}
			else {
				markdown.append("{credit=\"").append(line.replace('"', '”')).append("\"}");
			}
		}
		return markdown.toString();
	}

	private static String oneLine(String text) {
		return (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
	}

	private static String escape(String text, String special) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (special.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
