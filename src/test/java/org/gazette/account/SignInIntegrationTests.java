package org.gazette.account;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.gazette.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Signing in against real accounts: the first account from configuration, throttling, and
 * roles.
 */
@SpringBootTest(properties = { "gazette.admin.username=chief", "gazette.admin.password=first-admin-password" })
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class SignInIntegrationTests {

	private static final String SESSION_COOKIE = "SESSION";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private LoginFailureRepository failures;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void forgetFailures() {
		this.failures.deleteAll();
	}

	@Test
	void firstAccountComesFromConfiguration() {
		assertThat(signIn("chief", "first-admin-password")).hasRedirectedUrl("/admin");
		assertThat(signIn("CHIEF", "first-admin-password")).as("usernames ignore case").hasRedirectedUrl("/admin");
	}

	@Test
	void wrongPasswordIsRefused() {
		assertThat(signIn("chief", "not-the-password")).hasRedirectedUrl("/login?error");
	}

	@Test
	void fiveFailuresLockTheUsernameEvenForTheRightPassword() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(signIn("chief", "guess-" + i)).hasRedirectedUrl("/login?error");
		}
		assertThat(signIn("chief", "first-admin-password")).hasRedirectedUrl("/login?throttled");

		this.clock.advance(LoginThrottle.WINDOW.plus(Duration.ofSeconds(1)));
		assertThat(signIn("chief", "first-admin-password")).hasRedirectedUrl("/admin");
	}

	@Test
	void fiveFailuresFromOneAddressLockThatAddress() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(signIn("someone-" + i, "guess")).hasRedirectedUrl("/login?error");
		}
		assertThat(signIn("chief", "first-admin-password")).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void signingInChangesTheSessionId() {
		// Sessions live in Spring Session (the database): the cookie, not the servlet
		// container's session object, says which one a request belongs to.
		Cookie before = this.mvc.get().uri("/login").exchange().getResponse().getCookie(SESSION_COOKIE);
		assertThat(before).isNotNull();
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.param("username", "chief")
			.param("password", "first-admin-password")
			.with(csrf())
			.cookie(before)
			.exchange();
		assertThat(result).hasRedirectedUrl("/admin");
		assertThat(result.getResponse().getCookie(SESSION_COOKIE).getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void disabledAccountCannotSignIn() {
		this.accounts.create("leaver", "leaver-password-1", Role.EDITOR);
		long id = this.accounts.list()
			.stream()
			.filter((a) -> a.username().equals("leaver"))
			.findFirst()
			.orElseThrow()
			.id();
		this.accounts.setEnabled(id, false, "chief");
		assertThat(signIn("leaver", "leaver-password-1")).hasRedirectedUrl("/login?error");
	}

	@Test
	void contributorReachesTheNewsroomButNotAccounts() {
		this.accounts.create("intern", "intern-password-1", Role.CONTRIBUTOR);
		Cookie session = signIn("intern", "intern-password-1").getResponse().getCookie(SESSION_COOKIE);
		assertThat(this.mvc.get().uri("/admin/account/password").cookie(session)).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/accounts").cookie(session)).hasStatus(403);
	}

	private MvcTestResult signIn(String username, String password) {
		return this.mvc.perform(formLogin().user(username).password(password));
	}

}
