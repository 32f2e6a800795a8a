package org.gazette.admin;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gazette.admin.TextDiff.Kind;
import org.gazette.admin.TextDiff.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

	@Test
	void sameTextsHaveNoDifferences() {
		assertThat(TextDiff.between("one\ntwo\n", "one\ntwo\n")).isEmpty();
		assertThat(TextDiff.between(null, "")).isEmpty();
	}

	@Test
	void changedLineShowsAsRemovedThenAdded() {
		List<Line> lines = TextDiff.between("Putin spoke.\nThe end.", "Putin spoke on Friday.\nThe end.");
		assertThat(lines).containsExactly(new Line(Kind.REMOVED, "Putin spoke."),
				new Line(Kind.ADDED, "Putin spoke on Friday."), new Line(Kind.SAME, "The end."));
	}

	@Test
	void addedAndRemovedLinesKeepTheirOrder() {
		List<Line> lines = TextDiff.between("a\nb\nc", "a\nc\nd");
		assertThat(lines).extracting(Line::kind, Line::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.SAME, "a"),
					org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "b"),
					org.assertj.core.groups.Tuple.tuple(Kind.SAME, "c"),
					org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "d"));
	}

	@Test
	void longUnchangedStretchesAreLeftOutAroundAChange() {
		String before = IntStream.rangeClosed(1, 20).mapToObj((i) -> "line " + i).collect(Collectors.joining("\n"));
		String after = before.replace("line 10", "line ten");
		List<Line> lines = TextDiff.between(before, after);
		assertThat(lines).extracting(Line::text)
			.containsExactly("7 unchanged lines", "line 8", "line 9", "line 10", "line ten", "line 11", "line 12",
					"8 unchanged lines");
		assertThat(lines.get(0).kind()).isEqualTo(Kind.GAP);
	}

	@Test
	void textFromNothingIsAllAdded() {
		assertThat(TextDiff.between(null, "new\ntext")).extracting(Line::kind).containsOnly(Kind.ADDED);
	}

	@Test
	void windowsLineEndingsDoNotCountAsChanges() {
		assertThat(TextDiff.between("a\r\nb", "a\nb")).isEmpty();
	}

}
