package org.gazette.article;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTests {

	@Test
	void printsPublicationAndUpdateInTheHouseStyle() {
		Dateline dateline = new Dateline(Instant.parse("2021-09-17T07:48:00Z"), Instant.parse("2021-09-17T09:18:00Z"));
		assertThat(dateline.text()).isEqualTo("07:48 GMT 17.09.2021 (Updated: 09:18 GMT 17.09.2021)");
		assertThat(dateline.publishedIso()).isEqualTo("2021-09-17T07:48:00Z");
		assertThat(dateline.updatedIso()).isEqualTo("2021-09-17T09:18:00Z");
	}

	@Test
	void noUpdateIsShownWithoutALaterUpdateTime() {
		Instant published = Instant.parse("2021-09-17T07:48:00Z");
		assertThat(new Dateline(published, null).text()).isEqualTo("07:48 GMT 17.09.2021");
		assertThat(new Dateline(published, published).hasUpdate()).isFalse();
	}

}
