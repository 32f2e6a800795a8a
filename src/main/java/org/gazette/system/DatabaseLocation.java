package org.gazette.system;

import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Logs, first thing at start-up, which database the instance uses: the absolute path of
 * an H2 file (which resolves against the working directory unless
 * {@code GAZETTE_DATA_DIR} or the URL says otherwise), or a server URL without its
 * parameters, which may hold a password.
 */
class DatabaseLocation implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Log logger = LogFactory.getLog(DatabaseLocation.class);

	private static final String H2_FILE = "jdbc:h2:file:";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String url = event.getEnvironment().getProperty("spring.datasource.url");
		if (url != null) {
			logger.info("Database: " + describe(url));
		}
	}

	static String describe(String url) {
		if (url.startsWith(H2_FILE)) {
			String file = url.substring(H2_FILE.length()).split(";", 2)[0];
			return "H2 file " + Path.of(file + ".mv.db").toAbsolutePath().normalize();
		}
		return url.split("[?;]", 2)[0];
	}

}
