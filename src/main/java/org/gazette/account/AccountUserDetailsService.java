package org.gazette.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs editors in against their accounts in the database.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsernameIgnoreCase(AccountService.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		// An account restored without its password hash is locked: it is refused before
		// any password is compared, as a disabled one is, until an admin resets it.
		return User.withUsername(account.getUsername())
			.password(account.hasPassword() ? account.getPasswordHash() : "")
			.authorities(account.getRole().authority())
			.disabled(!account.isEnabled())
			.accountLocked(!account.hasPassword())
			.build();
	}

}
