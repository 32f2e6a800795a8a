package org.gazette.search;

/**
 * A piece of a result's title or snippet, matched or not. Templates print every part as
 * text and mark the matched ones, so no part is ever trusted as HTML.
 *
 * @param text the text as it is, unescaped
 * @param match whether it is a word the search matched
 */
public record TextPart(String text, boolean match) {
}
