package org.gazette.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

	@Test
	void queryIsTrimmedAndRunnable() {
		SearchQuery query = SearchQuery.of("  withdrawal  ");
		assertThat(query.text()).isEqualTo("withdrawal");
		assertThat(query.isValid()).isTrue();
		assertThat(query.isEmpty()).isFalse();
	}

	@Test
	void missingOrBlankQueryIsEmptyNotAProblem() {
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
		assertThat(SearchQuery.of("   ").isEmpty()).isTrue();
		assertThat(SearchQuery.of("   ").problem()).isNull();
	}

	@Test
	void queryOfExactly200CharactersIsAllowedAndLongerIsNot() {
		assertThat(SearchQuery.of("a".repeat(200)).isValid()).isTrue();
		SearchQuery tooLong = SearchQuery.of("a".repeat(201));
		assertThat(tooLong.isValid()).isFalse();
		assertThat(tooLong.problem()).contains("201 characters", "at most 200");
		assertThat(tooLong.text()).hasSize(200);
	}

	@Test
	void punctuationOnlyQueryIsAProblemButLettersOfAnyScriptAreNot() {
		assertThat(SearchQuery.of("?!… -- \"*\"").problem()).contains("no letters or digits");
		assertThat(SearchQuery.of("«Мир»").isValid()).isTrue();
		assertThat(SearchQuery.of("2021").isValid()).isTrue();
	}

}
