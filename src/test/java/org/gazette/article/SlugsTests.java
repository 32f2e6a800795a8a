package org.gazette.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void titleBecomesLowerCaseWordsJoinedBySingleHyphens() {
		assertThat(Slugs.ofTitle("SCO Summit: Putin Calls for Common Line on Afghanistan in Wake of US 'Flight'"))
			.isEqualTo("sco-summit-putin-calls-for-common-line-on-afghanistan-in-wake-of-us-flight");
	}

	@Test
	void accentsAreDroppedAndPunctuationRunsCollapse() {
		assertThat(Slugs.ofTitle("  Café -- Crème brûlée!!  2021 ")).isEqualTo("cafe-creme-brulee-2021");
	}

	@Test
	void titleWithoutAsciiLettersGivesNoSlug() {
		assertThat(Slugs.ofTitle("Путин в Душанбе")).isEmpty();
	}

	@Test
	void longTitlesAreCutAtAWordBoundary() {
		String slug = Slugs.ofTitle("word ".repeat(100));
		assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
		assertThat(slug).endsWith("word").doesNotContain("--");
	}

	@Test
	void namesKeepLettersOfEveryScript() {
		assertThat(Slugs.ofName("Vladimir Putin")).isEqualTo("vladimir-putin");
		assertThat(Slugs.ofName("Путин")).isEqualTo("путин");
		assertThat(Slugs.ofName("Élysée  Palace")).isEqualTo("élysée-palace");
	}

	@Test
	void validSlugsAreLowerCaseAsciiWithSingleHyphens() {
		assertThat(Slugs.isValid("sco-summit-2021")).isTrue();
		assertThat(Slugs.isValid("SCO-summit")).isFalse();
		assertThat(Slugs.isValid("sco--summit")).isFalse();
		assertThat(Slugs.isValid("-sco")).isFalse();
		assertThat(Slugs.isValid("sco/summit")).isFalse();
		assertThat(Slugs.isValid("")).isFalse();
		assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
	}

}
