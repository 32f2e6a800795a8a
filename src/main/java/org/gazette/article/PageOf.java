package org.gazette.article;

import java.util.List;

/**
 * One page of a newsroom list, with links to its neighbours.
 *
 * @param <T> what is listed
 * @param items this page's items
 * @param pages where this page sits among the others
 */
public record PageOf<T>(List<T> items, Pagination pages) {
}
