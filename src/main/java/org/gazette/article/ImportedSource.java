package org.gazette.article;

/**
 * A content file an article was imported from, and the hash of the file as last seen.
 *
 * @param path the file's path relative to the content directory
 * @param hash the content hash
 * @param articleId the article imported from it
 */
public record ImportedSource(String path, String hash, Long articleId) {
}
