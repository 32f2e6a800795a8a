package org.gazette.article;

/**
 * Published by {@link ArticleService} whenever it saves an article or refuses a save, so
 * that other features (metrics, caches, search) can follow without {@code article}
 * depending on them. Listeners that care about committed data listen after the
 * transaction commits.
 *
 * @param articleId the article, or {@code null} when a save of a new article was refused
 * @param origin who saved
 * @param outcome what the save did
 */
public record ArticleSaved(Long articleId, Origin origin, Outcome outcome) {

	/** Where a save came from. */
	public enum Origin {

		/** An editor in the admin. */
		EDITOR,
		/** The import of a content file. */
		IMPORT

	}

	/** What a save did. */
	public enum Outcome {

		/** A new article. */
		CREATED,
		/** A changed article. */
		UPDATED,
		/** Refused: invalid, or another save came first; nothing was written. */
		REFUSED

	}

}
