package org.gazette.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCachePropertiesTests {

	private final HttpCacheProperties properties = new HttpCacheProperties(Duration.ofSeconds(60),
			Duration.ofSeconds(30));

	@Test
	void withNothingScheduledPagesAreFreshForAMinuteAndServedStaleForHalfAMinuteMore() {
		assertThat(this.properties.publicPage(-1)).isEqualTo("public, max-age=60, stale-while-revalidate=30");
		assertThat(this.properties.publicPage(3600)).isEqualTo("public, max-age=60, stale-while-revalidate=30");
	}

	@Test
	void aStoryDueWithinTheStaleWindowShortensOnlyThatWindow() {
		assertThat(this.properties.publicPage(75)).isEqualTo("public, max-age=60, stale-while-revalidate=15");
	}

	@Test
	void aStoryDueWithinTheMaxAgeShortensItAndLeavesNoStaleWindow() {
		assertThat(this.properties.publicPage(42)).isEqualTo("public, max-age=42");
	}

	@Test
	void aStoryDueThisSecondMakesThePageStaleAtOnce() {
		assertThat(this.properties.publicPage(0)).isEqualTo("public, max-age=0");
	}

}
