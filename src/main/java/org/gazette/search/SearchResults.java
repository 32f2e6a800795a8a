package org.gazette.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param query what was searched for
 * @param hits the matches on this page, best first
 * @param total how many articles matched in all
 * @param pages where this page sits among the others
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, SearchPages pages) {

	static SearchResults none(SearchQuery query) {
		return new SearchResults(query, List.of(), 0, new SearchPages(1, 1, query.text()));
	}

	public boolean searched() {
		return !this.query.isEmpty() && this.query.isValid();
	}

}
