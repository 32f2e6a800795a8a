package org.gazette.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
class AccountServiceTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Autowired
	private AccountRepository repository;

	@Autowired
	private EntityManager entityManager;

	private AccountService accounts;

	@BeforeEach
	void service() {
		this.accounts = new AccountService(this.repository, this.encoder, Clock.systemUTC(), this.entityManager);
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		this.accounts.create("Reporter", "a-long-password", Role.EDITOR);
		Account account = this.repository.findByUsernameIgnoreCase("reporter").orElseThrow();
		assertThat(account.getUsername()).isEqualTo("reporter");
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a-long-password");
		assertThat(this.encoder.matches("a-long-password", account.getPasswordHash())).isTrue();
	}

	@Test
	void randomPasswordsAreLongAndDiffer() {
		String first = this.accounts.createWithRandomPassword("one", Role.CONTRIBUTOR);
		String second = this.accounts.createWithRandomPassword("two", Role.CONTRIBUTOR);
		assertThat(first).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(second);
	}

	@Test
	void usernamesAreUniqueIgnoringCaseAndWellFormed() {
		this.accounts.create("editor", "a-long-password", Role.EDITOR);
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.accounts.create("EDITOR", "another-password", Role.EDITOR))
			.withMessageContaining("taken");
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.accounts.create("a b", "another-password", Role.EDITOR))
			.withMessageContaining("A username is");
	}

	@Test
	void nobodyDisablesThemselvesOrTheLastAdmin() {
		this.accounts.create("chief", "a-long-password", Role.ADMIN);
		long chief = this.repository.findByUsernameIgnoreCase("chief").orElseThrow().getId();
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.accounts.setEnabled(chief, false, "chief"))
			.withMessageContaining("your own account");
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.accounts.setEnabled(chief, false, "someone-else"))
			.withMessageContaining("last enabled admin");
	}

	@Test
	void resetGivesANewPasswordThatWorks() {
		this.accounts.create("reporter", "a-long-password", Role.EDITOR);
		long id = this.repository.findByUsernameIgnoreCase("reporter").orElseThrow().getId();
		String password = this.accounts.resetPassword(id);
		String hash = this.repository.findById(id).orElseThrow().getPasswordHash();
		assertThat(this.encoder.matches(password, hash)).isTrue();
		assertThat(this.encoder.matches("a-long-password", hash)).isFalse();
	}

	@Test
	void ownPasswordChangeNeedsTheCurrentOne() {
		this.accounts.create("reporter", "a-long-password", Role.EDITOR);
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.accounts.changeOwnPassword("reporter", "wrong", "a-newer-password"))
			.withMessageContaining("current password is not right");
		this.accounts.changeOwnPassword("reporter", "a-long-password", "a-newer-password");
		assertThat(this.encoder.matches("a-newer-password",
				this.repository.findByUsernameIgnoreCase("reporter").orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void backupsLeavePasswordHashesOutUnlessAsked() {
		this.accounts.create("chief", "a-long-password", Role.ADMIN);
		this.accounts.create("reporter", "another-password", Role.CONTRIBUTOR);
		assertThat(this.accounts.archive(false))
			.extracting(ArchivedAccount::username, ArchivedAccount::role, ArchivedAccount::passwordHash)
			.containsExactly(tuple("chief", Role.ADMIN, null), tuple("reporter", Role.CONTRIBUTOR, null));
		assertThat(this.accounts.archive(true))
			.allSatisfy((account) -> assertThat(account.passwordHash()).startsWith("{bcrypt}"));
	}

	@Test
	void accountRestoredWithoutItsHashCannotSignInUntilAnAdminResetsIt() {
		Instant created = Instant.parse("2024-03-01T09:00:00Z");
		this.accounts.restore(List.of(new ArchivedAccount("reporter", Role.EDITOR, true, created, created, null)));
		Account restored = this.repository.findByUsernameIgnoreCase("reporter").orElseThrow();
		assertThat(restored.hasPassword()).isFalse();
		assertThat(restored.getCreatedAt()).isEqualTo(created);
		assertThat(this.accounts.list()).singleElement().satisfies((view) -> assertThat(view.hasPassword()).isFalse());
		DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(
				new AccountUserDetailsService(this.repository));
		signIn.setPasswordEncoder(this.encoder);
		assertThatExceptionOfType(LockedException.class)
			.isThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reporter", "")));

		String password = this.accounts.resetPassword(restored.getId());
		assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reporter", password))
			.isAuthenticated()).isTrue();
	}

	@Test
	void firstAdminIsGivenToARestoredAccountWhenNoAdminCanSignIn() {
		Instant created = Instant.parse("2024-03-01T09:00:00Z");
		this.accounts.restore(List.of(new ArchivedAccount("admin", Role.EDITOR, false, created, created, null),
				new ArchivedAccount("chief", Role.ADMIN, true, created, created, null)));
		assertThat(this.accounts.adminCanSignIn()).isFalse();

		new FirstAccountInitializer(this.accounts, new AccountProperties("Admin", "the-operators-password")).run(null);

		Account admin = this.repository.findByUsernameIgnoreCase("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isEnabled()).isTrue();
		assertThat(this.encoder.matches("the-operators-password", admin.getPasswordHash())).isTrue();
		assertThat(this.accounts.adminCanSignIn()).isTrue();
		assertThat(this.repository.findByUsernameIgnoreCase("chief").orElseThrow().hasPassword()).isFalse();
	}

	@Test
	void firstAdminNeverTakesAnAccountThatHasAPassword() {
		this.accounts.create("admin", "a-long-password", Role.EDITOR);
		assertThat(this.accounts.setUpFirstAdmin("admin", "the-operators-password"))
			.isEqualTo(AccountService.FirstAdmin.USERNAME_TAKEN);
		Account admin = this.repository.findByUsernameIgnoreCase("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.EDITOR);
		assertThat(this.encoder.matches("a-long-password", admin.getPasswordHash())).isTrue();
	}

}
