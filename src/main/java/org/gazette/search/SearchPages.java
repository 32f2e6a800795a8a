package org.gazette.search;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The position of one page of results, with links to its neighbours that keep the query.
 * It answers what the site's pagination fragment asks of a listing.
 *
 * @param number this page's number, from 1
 * @param totalPages how many pages there are (at least 1)
 * @param query the query text
 */
public record SearchPages(int number, int totalPages, String query) {

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < this.totalPages;
	}

	public String previousUrl() {
		return urlOf(this.number - 1);
	}

	public String nextUrl() {
		return urlOf(this.number + 1);
	}

	public String urlOf(int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", this.query);
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}
