package org.gazette.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseLocationTests {

	@Test
	void relativeH2FileIsShownAsTheAbsolutePathOfItsFile() {
		assertThat(DatabaseLocation.describe("jdbc:h2:file:./data/gazette;WRITE_DELAY=0"))
			.isEqualTo("H2 file " + Path.of("data/gazette.mv.db").toAbsolutePath());
	}

	@Test
	void serverUrlIsShownWithoutParametersThatMayHoldAPassword() {
		assertThat(DatabaseLocation.describe("jdbc:postgresql://db.internal:5432/gazette?user=g&password=secret"))
			.isEqualTo("jdbc:postgresql://db.internal:5432/gazette");
	}

}
