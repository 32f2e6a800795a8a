package org.gazette.backup;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the jar ends once a backup command has run: the application is closed and the
 * process exits with the command's status. Tests provide one that keeps the process.
 */
@FunctionalInterface
interface ProcessExit {

	ProcessExit SYSTEM = (context, status) -> System.exit(SpringApplication.exit(context, () -> status));

	void exit(ConfigurableApplicationContext context, int status);

}
