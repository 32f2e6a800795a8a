package org.gazette.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTests {

	private static final String S = Highlights.START;

	private static final String E = Highlights.END;

	@Test
	void markedTextIsSplitIntoPlainAndMatchedParts() {
		assertThat(Highlights.parse("The " + S + "withdrawal" + E + " <b>began</b>")).containsExactly(
				new TextPart("The ", false), new TextPart("withdrawal", true), new TextPart(" <b>began</b>", false));
	}

	@Test
	void adjacentMatchesSeparatedBySpaceBecomeOneMark() {
		assertThat(Highlights.parse(S + "Vladimir" + E + " " + S + "Putin" + E + " said"))
			.containsExactly(new TextPart("Vladimir Putin", true), new TextPart(" said", false));
	}

	@Test
	void unbalancedMarkersNeverLeakIntoText() {
		assertThat(Highlights.parse("a " + S + "b")).containsExactly(new TextPart("a ", false),
				new TextPart("b", true));
		assertThat(Highlights.withoutMarkers("x" + S + "y" + E)).isEqualTo("xy");
	}

	@Test
	void indexedBodyIsTheTextReadersSeeWithoutMarkers() {
		assertThat(new HtmlTextBridge().toIndexedValue("<p>Troops <em>left</em>" + S + "</p><p>&lt;b&gt;</p>", null))
			.isEqualTo("Troops left <b>");
	}

}
