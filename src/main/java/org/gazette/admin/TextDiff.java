package org.gazette.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * A line-by-line comparison of two texts, as a reviewer reads it: changed lines with a
 * little unchanged context around them, long unchanged stretches left out.
 */
final class TextDiff {

	/** Unchanged lines shown before and after a change. */
	static final int CONTEXT = 2;

	private TextDiff() {
	}

	/**
	 * Compares two texts line by line.
	 * @param before the older text, or {@code null}
	 * @param after the newer text, or {@code null}
	 * @return the lines to show; empty when the texts are the same
	 */
	static List<Line> between(String before, String after) {
		List<String> original = lines(before);
		List<String> revised = lines(after);
		List<Line> all = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(original, revised).getDeltas()) {
			Chunk<String> source = delta.getSource();
			for (; position < source.getPosition(); position++) {
				all.add(new Line(Kind.SAME, original.get(position)));
			}
			source.getLines().forEach((line) -> all.add(new Line(Kind.REMOVED, line)));
			delta.getTarget().getLines().forEach((line) -> all.add(new Line(Kind.ADDED, line)));
			position = source.getPosition() + source.size();
		}
		for (; position < original.size(); position++) {
			all.add(new Line(Kind.SAME, original.get(position)));
		}
		return withContext(all);
	}

	private static List<String> lines(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
	}

	private static List<Line> withContext(List<Line> all) {
		boolean[] keep = new boolean[all.size()];
		boolean changed = false;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).kind() != Kind.SAME) {
				changed = true;
				for (int j = Math.max(0, i - CONTEXT); j <= Math.min(all.size() - 1, i + CONTEXT); j++) {
					keep[j] = true;
				}
			}
		}
		if (!changed) {
			return List.of();
		}
		List<Line> shown = new ArrayList<>();
		int skipped = 0;
		for (int i = 0; i < all.size(); i++) {
			if (keep[i]) {
				if (skipped > 0) {
					shown.add(Line.gap(skipped));
					skipped = 0;
				}
				shown.add(all.get(i));
			}
			else {
				skipped++;
			}
		}
		if (skipped > 0) {
			shown.add(Line.gap(skipped));
		}
		return shown;
	}

	/** What happened to a line. */
	enum Kind {

		SAME(" "), REMOVED("−"), ADDED("+"), GAP("…");

		private final String sign;

		Kind(String sign) {
			this.sign = sign;
		}

		public String sign() {
			return this.sign;
		}

		public String cssClass() {
			return "diff__line--" + name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One line of a comparison.
	 *
	 * @param kind unchanged, removed, added, or a gap of unchanged lines left out
	 * @param text the line, or for a gap how many lines were left out
	 */
	record Line(Kind kind, String text) {

		static Line gap(int lines) {
			return new Line(Kind.GAP, lines + ((lines == 1) ? " unchanged line" : " unchanged lines"));
		}

		public String sign() {
			return this.kind.sign();
		}

		/**
		 * What a screen reader says before the line, where the sign alone would not do.
		 * @return e.g. "added: "
		 */
		public String label() {
			return switch (this.kind) {
				case ADDED -> "added: ";
				case REMOVED -> "removed: ";
				default -> "";
			};
		}

		public String cssClass() {
			return this.kind.cssClass();
		}

	}

}
