package org.gazette.backup;

/**
 * A backup or restore that cannot be done. The message says why, and what to do, in one
 * line for an operator.
 */
class BackupException extends RuntimeException {

	BackupException(String message) {
		super(message);
	}

	BackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
