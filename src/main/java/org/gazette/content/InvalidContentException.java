package org.gazette.content;

/**
 * A content file that cannot be imported. The message is the reason, as the log line
 * gives it.
 */
class InvalidContentException extends Exception {

	InvalidContentException(String reason) {
		super(reason);
	}

}
