package org.gazette.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in for a username, or from an address, after {@value #MAX_FAILURES}
 * failures within {@link #WINDOW}. While refused, even the right password does not get
 * in.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final LoginFailureRepository failures;

	private final Clock clock;

	LoginThrottle(LoginFailureRepository failures, Clock clock) {
		this.failures = failures;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isThrottled(String username, String remoteAddress) {
		Instant since = this.clock.instant().minus(WINDOW);
		return this.failures.countByUsernameAndFailedAtAfter(username, since) >= MAX_FAILURES
				|| this.failures.countByRemoteAddressAndFailedAtAfter(remoteAddress, since) >= MAX_FAILURES;
	}

	@Transactional
	void recordFailure(String username, String remoteAddress) {
		Instant now = this.clock.instant();
		this.failures.deleteOlderThan(now.minus(WINDOW));
		this.failures.save(new LoginFailure(username, remoteAddress, now));
	}

	@Transactional
	void recordSuccess(String username) {
		this.failures.deleteByUsername(username);
	}

}
