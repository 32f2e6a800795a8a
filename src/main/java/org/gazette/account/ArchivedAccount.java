package org.gazette.account;

import java.time.Instant;

/**
 * An editor account as a backup keeps it.
 *
 * @param username the username
 * @param role the role
 * @param enabled whether it may sign in
 * @param createdAt when it was made
 * @param passwordChangedAt when its password was last set
 * @param passwordHash the password hash from the delegating encoder, or {@code null}:
 * left out of backups unless asked for, and then the account has no password once
 * restored
 */
public record ArchivedAccount(String username, Role role, boolean enabled, Instant createdAt, Instant passwordChangedAt,
		String passwordHash) {
}
