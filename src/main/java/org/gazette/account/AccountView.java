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
 * @param hasPassword whether it has a password: one restored from a backup without its
 * hash has none until an admin resets it
 */
record AccountView(Long id, String username, Role role, boolean enabled, Instant createdAt, boolean hasPassword) {

	static AccountView of(Account account) {
		return new AccountView(account.getId(), account.getUsername(), account.getRole(), account.isEnabled(),
				account.getCreatedAt(), account.hasPassword());
	}

}
