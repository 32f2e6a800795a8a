package org.gazette.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Publication and update times in the house style: {@code 07:48 GMT 17.09.2021}. Times
 * are always given in GMT, as wire stories print them.
 *
 * @param published when the article was published
 * @param updated the last substantive update, or {@code null}
 */
public record Dateline(Instant published, Instant updated) {

	private static final DateTimeFormatter HOUSE_STYLE = DateTimeFormatter.ofPattern("HH:mm 'GMT' dd.MM.yyyy")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

	/**
	 * Tells whether readers are shown an update time.
	 * @return whether there was a substantive update after publication
	 */
	public boolean hasUpdate() {
		return this.updated != null && this.published != null && this.updated.isAfter(this.published);
	}

	public String publishedText() {
		return format(this.published);
	}

	public String publishedIso() {
		return iso(this.published);
	}

	public String updatedText() {
		return format(this.updated);
	}

	public String updatedIso() {
		return iso(this.updated);
	}

	/**
	 * The whole dateline as one line of text, as the seed story prints it.
	 * @return e.g. {@code 07:48 GMT 17.09.2021 (Updated: 09:18 GMT 17.09.2021)}
	 */
	public String text() {
		return hasUpdate() ? publishedText() + " (Updated: " + updatedText() + ")" : publishedText();
	}

	private static String format(Instant instant) {
		return (instant != null) ? HOUSE_STYLE.format(instant) : "";
	}

	private static String iso(Instant instant) {
		// Whole seconds: HTML's datetime allows at most three digits of a fraction.
		return (instant != null) ? MACHINE.format(instant.truncatedTo(ChronoUnit.SECONDS)) : "";
	}

}
