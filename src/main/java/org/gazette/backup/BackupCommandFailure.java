package org.gazette.backup;

import java.sql.SQLException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Says in one line why a backup command could not start (a database in use or out of
 * reach), instead of Spring Boot's report and stack trace;
 * {@code LOGGING_LEVEL_ORG_GAZETTE_BACKUP=DEBUG} shows those too. Servers fail as usual.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommandFailure implements SpringBootExceptionReporter {

	private static final Log logger = LogFactory.getLog(BackupCommandFailure.class);

	/** H2's "Database may be already in use". */
	private static final int H2_DATABASE_IN_USE = 90020;

	private final ConfigurableApplicationContext context;

	BackupCommandFailure(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean reportException(Throwable failure) {
		if (this.context == null || !BackupCommandLine.isCommand(this.context.getEnvironment())) {
			return false;
		}
		logger.error("Backup command failed to start: " + reason(failure));
		logger.debug("Why the backup command failed to start", failure);
		return true;
	}

	/**
	 * What went wrong: the database's own words when it was the database.
	 */
	static String reason(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof SQLException) {
				cause = candidate;
				break;
			}
		}
		String reason = String.valueOf(cause.getMessage()).replaceAll("\\s*\\R\\s*", " ").strip();
		if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
			reason += ". Is Gazette running on this database? An H2 file is open in one process at a time: stop it"
					+ " first, or download a backup at /admin/backup";
		}
		return reason;
	}

}
