package org.gazette.markdown;

/**
 * The output of {@link MarkdownRenderer}: sanitised HTML ready to store, and the plain
 * text that listings, search and meta descriptions use.
 *
 * @param leadHtml the lead paragraph as sanitised inline HTML (without the enclosing
 * paragraph)
 * @param leadText the lead as plain text
 * @param bodyHtml the body as sanitised HTML, footnotes included
 * @param bodyText the body as plain text
 */
public record RenderedMarkdown(String leadHtml, String leadText, String bodyHtml, String bodyText) {

	/**
	 * Number of words in lead and body, for reading time.
	 * @return the word count
	 */
	public int wordCount() {
		return words(this.leadText) + words(this.bodyText);
	}

	private static int words(String text) {
		if (text == null) {
			return 0;
		}
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			// The characters of the regular expression \s.
			boolean space = switch (text.charAt(i)) {
				case ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
				default -> false;
			};
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

}
