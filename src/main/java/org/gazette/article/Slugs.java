package org.gazette.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL forms of titles and names. Article slugs are lower-case ASCII letters and digits
 * joined by single hyphens; section and tag names keep letters of any script, so that a
 * Cyrillic tag has a stable, readable URL too.
 */
public final class Slugs {

	/** The longest slug an article may have. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern ARTICLE_SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ASCII_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Slugs() {
	}

	/**
	 * Derives an article slug from a title: accents are dropped, other characters become
	 * hyphens.
	 * @param title the title
	 * @return the slug, empty when the title has no ASCII letter or digit
	 */
	public static String ofTitle(String title) {
		String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
		String slug = trimHyphens(NOT_ASCII_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
		return cut(slug);
	}

	/**
	 * Derives the URL form of a section or tag name.
	 * @param name the name as editors write it
	 * @return the lower-case URL form, letters of any script kept
	 */
	public static String ofName(String name) {
		String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return cut(trimHyphens(NOT_ALPHANUMERIC.matcher(normalised).replaceAll("-")));
	}

	/**
	 * Tells whether a text is a well-formed article slug.
	 * @param slug the candidate
	 * @return whether it may be used as an article slug
	 */
	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && ARTICLE_SLUG.matcher(slug).matches();
	}

	private static String trimHyphens(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

	private static String cut(String slug) {
		if (slug.length() <= MAX_LENGTH) {
			return slug;
		}
		String cut = slug.substring(0, MAX_LENGTH);
		int lastHyphen = cut.lastIndexOf('-');
		return trimHyphens((lastHyphen > MAX_LENGTH / 2) ? cut.substring(0, lastHyphen) : cut);
	}

}
