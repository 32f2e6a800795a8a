package org.gazette.article;

import java.time.Instant;

/**
 * One article as a sitemap lists it: read as a projection, never as an entity.
 *
 * @param id the article's id, the key sitemaps are paged by
 * @param slug the URL form
 * @param publishedAt when it was published
 * @param updatedAt the last substantive update, or {@code null}
 * @param imageName the lead image's media name, or {@code null}
 * @param imageCaption the lead image's caption, or {@code null}
 */
public record SitemapEntry(Long id, String slug, Instant publishedAt, Instant updatedAt, String imageName,
		String imageCaption) {

	/**
	 * The article's path.
	 * @return {@code /articles/{slug}}
	 */
	public String url() {
		return "/articles/" + this.slug;
	}

	/**
	 * When the article last changed for readers.
	 * @return the update time, or the publish time when there was no update
	 */
	public Instant lastModified() {
		return (this.updatedAt != null && this.updatedAt.isAfter(this.publishedAt)) ? this.updatedAt : this.publishedAt;
	}

}
