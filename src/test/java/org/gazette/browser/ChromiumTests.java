package org.gazette.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Without a browser the browser tests are skipped on a laptop, and fail in CI.
 */
class ChromiumTests {

	private static final Path ABSENT = Path.of("/nonexistent/chromium");

	@Test
	void withoutTheBrowserTheTestsAreSkippedSayingWhatToInstall() {
		ConditionEvaluationResult result = Chromium.evaluate(List.of(ABSENT), false);
		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).hasValueSatisfying((reason) -> assertThat(reason).contains(
				"Browser tests skipped: /nonexistent/chromium not found", "apt-get install chromium chromium-driver"));
	}

	@Test
	void withoutTheBrowserTheTestsFailWhenRequired() {
		assertThatExceptionOfType(ExtensionConfigurationException.class)
			.isThrownBy(() -> Chromium.evaluate(List.of(ABSENT), true))
			.withMessageContaining("Browser tests are required")
			.withMessageContaining("/nonexistent/chromium not found");
	}

	@Test
	void withTheProgramsThereTheTestsRun() {
		assertThat(Chromium.evaluate(List.of(Path.of("/bin/sh")), true).isDisabled()).isFalse();
	}

}
