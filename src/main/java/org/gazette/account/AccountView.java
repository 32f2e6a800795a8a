package org.gazette.account;

import java.time.Instant;

/**
 * An account as the accounts page lists it; never the password hash.
 *
 * @param id the account's id
 * @param username the username
 * @param role the role
 * @param enabled whether it may sign in
 * @param createdAt when it was made
 */
record AccountView(Long id, String username, Role role, boolean enabled, Instant createdAt) {

	static AccountView of(Account account) {
		return new AccountView(account.getId(), account.getUsername(), account.getRole(), account.isEnabled(),
				account.getCreatedAt());
	}

}
