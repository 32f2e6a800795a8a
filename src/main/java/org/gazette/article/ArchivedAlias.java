package org.gazette.article;

import java.time.Instant;

/**
 * An old slug of an article, as a backup keeps it.
 *
 * @param slug the slug the article had
 * @param createdAt when the article was renamed
 * @param createdBy who renamed it
 */
public record ArchivedAlias(String slug, Instant createdAt, String createdBy) {
}
