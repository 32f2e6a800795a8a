package org.gazette.media;

import java.util.Locale;

/**
 * File sizes in words an editor reads at a glance.
 */
final class Sizes {

	private static final long KB = 1024;

	private static final long MB = 1024 * KB;

	private Sizes() {
	}

	static String text(long bytes) {
		if (bytes >= MB) {
			return trimmed(bytes / (double) MB) + " MB";
		}
		if (bytes >= KB) {
			return trimmed(bytes / (double) KB) + " KB";
		}
		return bytes + " bytes";
	}

	private static String trimmed(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
