package org.gazette.article;

/**
 * Someone else saved the article after the version a save was based on. Nothing was
 * saved; the article as it is now comes along, so the editor can see what changed.
 */
public class ArticleConflictException extends RuntimeException {

	private final transient StoredArticle current;

	public ArticleConflictException(StoredArticle current) {
		super("Article " + current.id() + " was saved by someone else (version " + current.version() + ")");
		this.current = current;
	}

	public StoredArticle getCurrent() {
		return this.current;
	}

}
