package org.gazette.article;

/**
 * What an article's page tells search engines and social sites about the story, beside
 * what {@link ArticleView} holds.
 *
 * @param canonicalUrl the article's absolute URL
 * @param imageUrl the lead image's absolute URL, or {@code null}
 * @param jsonLd the schema.org {@code NewsArticle} as JSON, safe to embed in a
 * {@code <script>} element
 */
public record ArticleMetadata(String canonicalUrl, String imageUrl, String jsonLd) {
}
