package org.gazette.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.gazette.account.AccountService.FirstAdmin;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Makes the first admin when no admin can sign in: when there is no account yet, or when
 * the accounts were restored from a backup without their password hashes. Then
 * {@code GAZETTE_ADMIN_USERNAME} is created, or given a password and the admin role if it
 * was restored. Without {@code GAZETTE_ADMIN_PASSWORD} the password is generated and
 * logged once: there is never a default password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAccountInitializer implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAccountInitializer.class);

	private final AccountService accounts;

	private final AccountProperties properties;

	FirstAccountInitializer(AccountService accounts, AccountProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.adminCanSignIn()) {
			return;
		}
		String username = AccountService.normalise(this.properties.username());
		String password = this.properties.password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = AccountService.randomPassword();
		}
		FirstAdmin done;
		try {
			done = this.accounts.setUpFirstAdmin(username, password);
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			// Another instance starting at the same moment did it first.
			logger.info("The first admin account was set up by another instance");
			return;
		}
		String account = switch (done) {
			case CREATED -> "Created the first editor account '" + username + "' (admin) with";
			case PASSWORD_SET ->
				"No admin could sign in: gave the restored account '" + username + "' the admin role and";
			case USERNAME_TAKEN -> null;
		};
		if (account == null) {
			logger.warn("No admin account can sign in, and '" + username + "' (GAZETTE_ADMIN_USERNAME) has a"
					+ " password of its own: set GAZETTE_ADMIN_USERNAME to a new username to make an admin");
		}
		else if (generated) {
			logger.warn("\n\n    " + account + " the password: " + password
					+ "\n    It is shown this once. Sign in at /login and change it, or set"
					+ " GAZETTE_ADMIN_PASSWORD before the first start to choose it.\n");
		}
		else {
			logger.info(account + " the password from GAZETTE_ADMIN_PASSWORD");
		}
	}

}
