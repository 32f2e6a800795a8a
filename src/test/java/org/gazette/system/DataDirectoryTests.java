package org.gazette.system;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTests {

	@Test
	void aRelativeDataDirectoryIsResolvedAgainstTheWorkingDirectory() {
		assertThat(resolved("state")).isEqualTo(Path.of("state").toAbsolutePath().toString());
		assertThat(resolved("./data/../state")).isEqualTo(Path.of("state").toAbsolutePath().toString());
		assertThat(resolved("/var/lib/gazette/data")).isEqualTo("/var/lib/gazette/data");
		assertThat(resolved("~/gazette")).isEqualTo(Path.of(System.getProperty("user.home"), "gazette").toString());
	}

	@Test
	void noDataDirectoryLeavesTheDefaultsAlone() {
		StandardEnvironment environment = new StandardEnvironment();
		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(DataDirectory.PROPERTY)).isNull();
	}

	private static String resolved(String directory) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addLast(new MapPropertySource("test", Map.of(DataDirectory.PROPERTY, directory)));
		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(DataDirectory.PROPERTY);
	}

}
