package org.gazette.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A tag on an article: its name as written and its URL form.
 *
 * @param name the name readers see
 * @param slug the URL form, see {@link Slugs#ofName(String)}
 */
@Embeddable
public record Tag(@Column(name = "name") String name, @Column(name = "slug") String slug) {

	/**
	 * Makes a tag from its name.
	 * @param name the tag's name
	 * @return the tag
	 */
	public static Tag named(String name) {
		String trimmed = name.strip();
		return new Tag(trimmed, Slugs.ofName(trimmed));
	}

}
