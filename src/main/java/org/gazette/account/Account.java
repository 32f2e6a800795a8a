package org.gazette.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An editor's account: a username, a password hash from the delegating encoder, and a
 * role. An account restored from a backup without its hash has none and cannot sign in
 * until an admin resets its password.
 */
@Entity
@Table(name = "editor_account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "editor_account_seq")
	@SequenceGenerator(name = "editor_account_seq", sequenceName = "editor_account_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private Instant createdAt;

	private Instant passwordChangedAt;

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	static Account restored(ArchivedAccount archived) {
		Account account = new Account(archived.username(), archived.passwordHash(), archived.role(),
				archived.createdAt());
		account.enabled = archived.enabled();
		account.passwordChangedAt = archived.passwordChangedAt();
		return account;
	}

	ArchivedAccount archived(boolean withPasswordHash) {
		return new ArchivedAccount(this.username, this.role, this.enabled, this.createdAt, this.passwordChangedAt,
				withPasswordHash ? this.passwordHash : null);
	}

	boolean hasPassword() {
		return this.passwordHash != null;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setRole(Role role) {
		this.role = role;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

}
