package org.gazette.account;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused because of too many recent failures.
 */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("Too many failed sign-in attempts");
	}

}
