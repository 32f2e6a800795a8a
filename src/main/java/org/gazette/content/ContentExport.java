package org.gazette.content;

import org.gazette.article.ArticleContent;

/**
 * An article as a markdown file with front matter, in the format of {@code content/}:
 * dropped into the content directory, it imports as the same article.
 */
public final class ContentExport {

	private ContentExport() {
	}

	/**
	 * Writes an article as a content file.
	 * @param content the article
	 * @return the file's text, UTF-8 when saved
	 */
	public static String markdownFile(ArticleContent content) {
		return ContentFileWriter.write(content);
	}

	/**
	 * A name for the file.
	 * @param content the article
	 * @return {@code {slug}.md}
	 */
	public static String fileName(ArticleContent content) {
		return content.slug() + ".md";
	}

}
