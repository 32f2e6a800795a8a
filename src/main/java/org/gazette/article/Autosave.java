package org.gazette.article;

import java.time.Instant;

/**
 * Text an editor typed and the newsroom autosaved, not saved into the article yet.
 *
 * @param articleId the article
 * @param savedAt when it was autosaved
 * @param baseVersion the article's version the editor was editing
 * @param content what they typed, possibly incomplete
 */
public record Autosave(Long articleId, Instant savedAt, long baseVersion, ArticleContent content) {
}
