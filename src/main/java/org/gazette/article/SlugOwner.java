package org.gazette.article;

/**
 * The content file an article's slug belongs to.
 *
 * @param slug the article's slug
 * @param sourcePath the file's path, or an empty string for an article written in the
 * admin
 */
record SlugOwner(String slug, String sourcePath) {
}
