package org.gazette.article;

import java.time.Instant;

/**
 * One line of the newsroom's list of articles.
 *
 * @param id the article's id
 * @param slug its slug
 * @param title its headline
 * @param state draft, scheduled, published or deleted
 * @param sectionName its section, or {@code null}
 * @param author its byline, or {@code null}
 * @param publishedAt its publish time, or {@code null}
 * @param modifiedAt its last change
 * @param modifiedBy who made it, or {@code null} when only imported
 */
public record NewsroomEntry(Long id, String slug, String title, EditorialState state, String sectionName, String author,
		Instant publishedAt, Instant modifiedAt, String modifiedBy) {
}
