package org.gazette.article;

/**
 * The requested slug is an old name of an article readers may see: they are sent on to
 * its current address.
 */
class ArticleMovedException extends RuntimeException {

	private final String slug;

	ArticleMovedException(String slug) {
		super("Moved to article " + slug);
		this.slug = slug;
	}

	String getSlug() {
		return this.slug;
	}

}
