package org.gazette;

import sun.misc.Signal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Gazette, a news portal: articles written in markdown, rendered once on write and served
 * to readers from the database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GazetteApplication {

	public static void main(String[] args) {
		exitCleanlyOnSigterm();
		SpringApplication.run(GazetteApplication.class, args);
	}

	/**
	 * SIGTERM is how service managers and orchestrators stop the jar. The JVM's own
	 * handler runs the shutdown hooks (Spring's graceful shutdown among them) but then
	 * exits with 143; going through {@code System.exit(0)} runs the same hooks and
	 * reports the stop as the clean one it is.
	 */
	private static void exitCleanlyOnSigterm() {
		try {
			Signal.handle(new Signal("TERM"), (signal) -> System.exit(0));
		}
		catch (IllegalArgumentException ex) {
			// No SIGTERM on this platform: the JVM's default handling stays.
		}
	}

}
