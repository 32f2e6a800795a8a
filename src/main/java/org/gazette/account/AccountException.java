package org.gazette.account;

/**
 * An account change that cannot be made; the message says why, for the form.
 */
class AccountException extends RuntimeException {

	AccountException(String message) {
		super(message);
	}

}
