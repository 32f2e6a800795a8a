package org.gazette.article;

import java.util.List;

/**
 * An article as its page shows it. The HTML fields were sanitised when the article was
 * saved.
 *
 * @param slug the URL form
 * @param title the headline
 * @param leadHtml the lead as sanitised inline HTML
 * @param leadText the lead as plain text
 * @param bodyHtml the body as sanitised HTML
 * @param dateline publication and update times
 * @param author the byline, or {@code null}
 * @param source the agency the story comes from, or {@code null}
 * @param image the lead image, or {@code null}
 * @param section the section, or {@code null}
 * @param tags the tags
 * @param readingMinutes the estimated reading time
 * @param correction the public correction note, or {@code null}
 */
public record ArticleView(String slug, String title, String leadHtml, String leadText, String bodyHtml,
		Dateline dateline, String author, String source, LeadImage image, SectionLink section, List<Tag> tags,
		int readingMinutes, String correction) {

	private static final int WORDS_PER_MINUTE = 230;

	/**
	 * An article's page without a correction note.
	 * @param slug the URL form
	 * @param title the headline
	 * @param leadHtml the lead as sanitised inline HTML
	 * @param leadText the lead as plain text
	 * @param bodyHtml the body as sanitised HTML
	 * @param dateline publication and update times
	 * @param author the byline, or {@code null}
	 * @param source the agency, or {@code null}
	 * @param image the lead image, or {@code null}
	 * @param section the section, or {@code null}
	 * @param tags the tags
	 * @param readingMinutes the estimated reading time
	 */
	public ArticleView(String slug, String title, String leadHtml, String leadText, String bodyHtml, Dateline dateline,
			String author, String source, LeadImage image, SectionLink section, List<Tag> tags, int readingMinutes) {
		this(slug, title, leadHtml, leadText, bodyHtml, dateline, author, source, image, section, tags, readingMinutes,
				null);
	}

	static ArticleView of(Article article) {
		SectionLink section = (article.getSectionSlug() != null)
				? new SectionLink(article.getSectionName(), article.getSectionSlug()) : null;
		int minutes = Math.max(1, Math.round(article.getWordCount() / (float) WORDS_PER_MINUTE));
		return new ArticleView(article.getSlug(), article.getTitle(), article.getSummaryHtml(),
				article.getSummaryText(), article.getBodyHtml(),
				new Dateline(article.getPublishedAt(), article.getUpdatedAt()), article.getAuthor(),
				article.getSource(), article.getImage(), section, article.getTags(), minutes, article.getCorrection());
	}

	/**
	 * The article's path.
	 * @return {@code /articles/{slug}}
	 */
	public String url() {
		return "/articles/" + this.slug;
	}

}
