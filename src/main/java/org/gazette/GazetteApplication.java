package org.gazette;

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
		SpringApplication.run(GazetteApplication.class, args);
	}

}
