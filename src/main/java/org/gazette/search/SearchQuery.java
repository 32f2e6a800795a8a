package org.gazette.search;

/**
 * What a reader typed into the search box, checked before it reaches the index.
 *
 * @param text the query, trimmed; empty when nothing was typed
 * @param problem why the query cannot be run, in words for the reader, or {@code null}
 */
public record SearchQuery(String text, String problem) {

	static final int MAX_LENGTH = 200;

	static SearchQuery of(String raw) {
		String text = (raw != null) ? raw.strip() : "";
		if (text.length() > MAX_LENGTH) {
			return new SearchQuery(text.substring(0, MAX_LENGTH), "Your search is " + text.length()
					+ " characters long. Please use at most " + MAX_LENGTH + " characters: a few words work best.");
		}
		if (!text.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return new SearchQuery(text, "Your search has no letters or digits to look for. Please type a word.");
		}
		return new SearchQuery(text, null);
	}

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

	public boolean isValid() {
		return this.problem == null;
	}

}
