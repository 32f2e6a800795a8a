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
		String text = (this.leadText + " " + this.bodyText).strip();
		return text.isEmpty() ? 0 : text.split("\\s+").length;
	}

}
