package org.gazette.backup;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a start with {@code --gazette.backup.create} or {@code --gazette.backup.restore}
 * a command rather than a server: no web server starts (one may be serving on this very
 * port), and the log keeps to warnings and Gazette's own lines unless told otherwise.
 */
class BackupCommandLine implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!isCommand(environment)) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("backupCommand", Map.of("spring.main.web-application-type", "none")));
		environment.getPropertySources()
			.addLast(new MapPropertySource("backupCommandDefaults",
					Map.of("spring.main.banner-mode", "off", "logging.level.root", "warn", "logging.level.org.gazette",
							"info", "logging.level.org.flywaydb", "error", "logging.level.org.springframework.context",
							"error")));
	}

	static boolean isCommand(Environment environment) {
		return environment.containsProperty(BackupProperties.CREATE)
				|| environment.containsProperty(BackupProperties.RESTORE);
	}

}
