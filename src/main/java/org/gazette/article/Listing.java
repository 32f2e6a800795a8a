package org.gazette.article;

import java.util.List;

/**
 * One page of a listing: the front page, a section or a tag.
 *
 * @param heading what the listing is, e.g. the section's name
 * @param cards the articles on this page, newest first
 * @param pages where this page sits among the others
 */
public record Listing(String heading, List<ArticleCard> cards, Pagination pages) {

	/**
	 * The first article, which the front page shows larger.
	 * @return the lead story, or {@code null} on an empty listing
	 */
	public ArticleCard lead() {
		return this.cards.isEmpty() ? null : this.cards.get(0);
	}

	/**
	 * The articles after the lead story.
	 * @return the rest of the page
	 */
	public List<ArticleCard> rest() {
		return this.cards.isEmpty() ? List.of() : this.cards.subList(1, this.cards.size());
	}

}
