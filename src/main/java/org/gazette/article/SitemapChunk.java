package org.gazette.article;

import java.time.Instant;

/**
 * A range of article ids that one sitemap of a sitemap index lists. Ranges are fixed by
 * id, so each holds at most {@link ArticleReader#SITEMAP_CHUNK_IDS} articles and finding
 * one needs no offset.
 *
 * @param number the range's number: ids from {@code number * SITEMAP_CHUNK_IDS}
 * @param articles how many visible articles it holds
 * @param lastModified the latest change among them
 */
public record SitemapChunk(Long number, Long articles, Instant lastModified) {
}
