package org.gazette.article;

/**
 * A revision with the whole text it kept.
 *
 * @param summary who saved it, when and what they did
 * @param content the article as it was then
 */
public record Revision(RevisionSummary summary, ArticleContent content) {
}
