package org.gazette.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to editor accounts goes through here. Passwords are never chosen by
 * default: an account starts with a random password shown once to the admin who made it.
 */
@Service
public class AccountService {

	/** The shortest password an editor may choose. */
	static final int MIN_PASSWORD_LENGTH = 12;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final EntityManager entityManager;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			EntityManager entityManager) {
		this.accounts = accounts;
		this.entityManager = entityManager;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates an account with the given password.
	 * @param username the username (lower-case letters, digits, dots, hyphens,
	 * underscores)
	 * @param password the password
	 * @param role the role
	 * @throws AccountException when the username is taken or not valid
	 */
	@Transactional
	public void create(String username, String password, Role role) {
		String name = normalise(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountException("A username is 3 to 100 lower-case letters, digits, dots, hyphens or"
					+ " underscores, starting with a letter or digit.");
		}
		if (this.accounts.findByUsernameIgnoreCase(name).isPresent()) {
			throw new AccountException("The username '" + name + "' is taken.");
		}
		// Unbatched: a batch failure's message would carry every value, the password hash
		// too,
		// into the log when two instances create the same account at once.
		this.entityManager.unwrap(Session.class).setJdbcBatchSize(1);
		this.accounts.save(new Account(name, this.passwordEncoder.encode(password), role, this.clock.instant()));
	}

	/**
	 * Creates an account with a random password.
	 * @param username the username
	 * @param role the role
	 * @return the password, to be shown once
	 */
	@Transactional
	public String createWithRandomPassword(String username, Role role) {
		String password = randomPassword();
		create(username, password, role);
		return password;
	}

	@Transactional(readOnly = true)
	List<AccountView> list() {
		return this.accounts.findAllByOrderByUsername().stream().map(AccountView::of).toList();
	}

	/**
	 * How many accounts there are.
	 * @return the count, disabled accounts included
	 */
	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.count();
	}

	/**
	 * Every account, as a backup keeps it, oldest first.
	 * @param withPasswordHashes whether to include the password hashes
	 * @return the accounts
	 */
	@Transactional(readOnly = true)
	public List<ArchivedAccount> archive(boolean withPasswordHashes) {
		return this.accounts.findAll(Sort.by("id"))
			.stream()
			.map((account) -> account.archived(withPasswordHashes))
			.toList();
	}

	/**
	 * Stores accounts from a backup as they were. One without a password hash cannot sign
	 * in until an admin resets its password.
	 * @param archived the accounts, in the order they were made
	 */
	@Transactional
	public void restore(List<ArchivedAccount> archived) {
		// Unbatched, as in create: a failure's message must not carry password hashes.
		this.entityManager.unwrap(Session.class).setJdbcBatchSize(1);
		archived.stream().map(Account::restored).forEach(this.accounts::save);
	}

	/**
	 * Tells whether an enabled admin account has a password, so that someone can manage
	 * the accounts.
	 * @return whether an admin can sign in
	 */
	@Transactional(readOnly = true)
	boolean adminCanSignIn() {
		return this.accounts.existsAdminWhoCanSignIn();
	}

	/**
	 * Makes the first admin when no admin can sign in: a new account, or one restored
	 * from a backup without a password, which gets this password and the admin role.
	 * @param username the username
	 * @param password its password
	 * @return what was done
	 * @throws AccountException when the username is not valid
	 */
	@Transactional
	FirstAdmin setUpFirstAdmin(String username, String password) {
		String name = normalise(username);
		Account account = this.accounts.findByUsernameIgnoreCase(name).orElse(null);
		if (account == null) {
			create(name, password, Role.ADMIN);
			return FirstAdmin.CREATED;
		}
		if (account.hasPassword()) {
			return FirstAdmin.USERNAME_TAKEN;
		}
		account.changePassword(this.passwordEncoder.encode(password), this.clock.instant());
		account.setRole(Role.ADMIN);
		account.setEnabled(true);
		return FirstAdmin.PASSWORD_SET;
	}

	/**
	 * Gives an account a new random password.
	 * @return the new password, to be shown once
	 */
	@Transactional
	String resetPassword(long id) {
		Account account = find(id);
		String password = randomPassword();
		account.changePassword(this.passwordEncoder.encode(password), this.clock.instant());
		return password;
	}

	@Transactional
	void setEnabled(long id, boolean enabled, String actingUsername) {
		Account account = find(id);
		if (!enabled && account.getUsername().equalsIgnoreCase(actingUsername)) {
			throw new AccountException("You cannot disable your own account.");
		}
		if (!enabled && account.getRole() == Role.ADMIN && account.isEnabled()
				&& this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountException("The last enabled admin account cannot be disabled.");
		}
		account.setEnabled(enabled);
	}

	@Transactional
	void changeOwnPassword(String username, String currentPassword, String newPassword) {
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new AccountException("Your account no longer exists."));
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountException("The current password is not right.");
		}
		if (newPassword.equals(currentPassword)) {
			throw new AccountException("The new password must differ from the current one.");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountException("There is no such account."));
	}

	/** What {@link #setUpFirstAdmin} did. */
	enum FirstAdmin {

		/** Created the account. */
		CREATED,
		/** Gave an account without a password this password and the admin role. */
		PASSWORD_SET,
		/** Did nothing: the account has a password of its own. */
		USERNAME_TAKEN

	}

	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
