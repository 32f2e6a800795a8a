package org.gazette.article;

/**
 * A section as navigation shows it.
 *
 * @param name the section's name
 * @param slug its URL form
 */
public record SectionLink(String name, String slug) {

	public String url() {
		return "/sections/" + this.slug;
	}

}
