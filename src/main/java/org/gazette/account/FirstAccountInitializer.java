package org.gazette.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first editor account, an admin, when there is none. Without
 * {@code GAZETTE_ADMIN_PASSWORD} its password is generated and logged once: there is
 * never a default password.
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
		if (!this.accounts.isEmpty()) {
			return;
		}
		String username = AccountService.normalise(this.properties.username());
		String password = this.properties.password();
		try {
			if (password == null || password.isBlank()) {
				password = this.accounts.createWithRandomPassword(username, Role.ADMIN);
				logger.warn("\n\n    Created the first editor account '" + username + "' (admin) with the password: "
						+ password + "\n    It is shown this once. Sign in at /login and change it, or set"
						+ " GAZETTE_ADMIN_PASSWORD before the first start to choose it.\n");
			}
			else {
				this.accounts.create(username, password, Role.ADMIN);
				logger.info("Created the first editor account '" + username
						+ "' (admin) with the password from GAZETTE_ADMIN_PASSWORD");
			}
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance starting at the same moment created it first.
			logger.info("The first editor account was created by another instance");
		}
	}

}
