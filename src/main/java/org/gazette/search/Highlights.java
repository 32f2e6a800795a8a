package org.gazette.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the words a search matched, split into parts so that the template escapes
 * every part and marks the matched ones: no highlighted snippet is ever trusted as HTML.
 */
final class Highlights {

	/** Private-use characters the highlighter puts around a match. */
	static final String START = "\uE000";

	static final String END = "\uE001";

	private Highlights() {
	}

	static String withoutMarkers(String text) {
		return (text != null) ? text.replace(START, "").replace(END, "") : null;
	}

	/**
	 * Splits highlighter output into parts.
	 * @param marked text with matches between {@link #START} and {@link #END}
	 * @return the parts, in order
	 */
	static List<TextPart> parse(String marked) {
		List<TextPart> parts = new ArrayList<>();
		int at = 0;
		while (at < marked.length()) {
			int start = marked.indexOf(START, at);
			if (start < 0) {
				parts.add(new TextPart(marked.substring(at), false));
				break;
			}
			if (start > at) {
				parts.add(new TextPart(marked.substring(at, start), false));
			}
			int end = marked.indexOf(END, start + 1);
			if (end < 0) {
				parts.add(new TextPart(withoutMarkers(marked.substring(start + 1)), true));
				break;
			}
			parts.add(new TextPart(marked.substring(start + 1, end), true));
			at = end + 1;
		}
		return merge(parts);
	}

	/**
	 * Plain text as one unmatched part.
	 * @param text the text
	 * @return the parts
	 */
	static List<TextPart> plain(String text) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(new TextPart(text, false));
	}

	/** Adjacent matched words separated by a space read better as one mark. */
	private static List<TextPart> merge(List<TextPart> parts) {
		List<TextPart> merged = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			TextPart part = parts.get(i);
			if (part.match() && !merged.isEmpty() && merged.get(merged.size() - 1).match()) {
				TextPart previous = merged.remove(merged.size() - 1);
				merged.add(new TextPart(previous.text() + part.text(), true));
			}
			else if (part.match() && merged.size() >= 2 && " ".equals(merged.get(merged.size() - 1).text())
					&& merged.get(merged.size() - 2).match()) {
				merged.remove(merged.size() - 1);
				TextPart previous = merged.remove(merged.size() - 1);
				merged.add(new TextPart(previous.text() + " " + part.text(), true));
			}
			else {
				merged.add(part);
			}
		}
		return merged;
	}

}
