package org.gazette.article;

/**
 * The position of one page of a listing, with links to its neighbours. Pages are numbered
 * from 1 and linked as {@code ?page=N}; page 1 is the listing's own URL.
 *
 * @param number this page's number
 * @param totalPages how many pages there are (at least 1)
 * @param path the listing's path, e.g. {@code /tags/sco}
 */
public record Pagination(int number, int totalPages, String path) {

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

	/**
	 * The URL of a page of this listing.
	 * @param page the page number
	 * @return the URL
	 */
	public String urlOf(int page) {
		if (page <= 1) {
			return this.path;
		}
		return this.path + (this.path.contains("?") ? "&" : "?") + "page=" + page;
	}

}
