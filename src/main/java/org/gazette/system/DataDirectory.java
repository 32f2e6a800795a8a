package org.gazette.system;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code gazette.data-dir} ({@code GAZETTE_DATA_DIR}) against the working
 * directory (or the home directory, for {@code ~/…}) once, before anything reads it: H2
 * refuses a database path that is only implicitly relative ({@code state/gazette}), so
 * without this a relative directory that does not start with {@code ./} would stop the
 * start-up.
 */
class DataDirectory implements EnvironmentPostProcessor {

	static final String PROPERTY = "gazette.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String directory = environment.getProperty(PROPERTY);
		if (directory == null || directory.isBlank()) {
			return;
		}
		try {
			// "~/…" is the home directory, as H2 reads it, for the search index as well.
			Path path = (directory.equals("~") || directory.startsWith("~/"))
					? Path.of(System.getProperty("user.home"), directory.substring(1).replaceFirst("^/", ""))
					: Path.of(directory);
			String absolute = path.toAbsolutePath().normalize().toString();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("gazetteDataDirectory", Map.of(PROPERTY, absolute)));
		}
		catch (InvalidPathException ex) {
			// Left as written: the database names the problem when it opens it.
		}
	}

}
