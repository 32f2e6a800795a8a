package org.gazette.account;

import java.util.List;

import org.gazette.article.SiteNavigation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest({ AccountAdminController.class, PasswordController.class, LoginController.class })
@Import(SecurityConfiguration.class)
class AccountAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AccountService accounts;

	@MockitoBean(name = "siteNavigation")
	private SiteNavigation navigation;

	@Test
	void anonymousVisitorIsSentToSignIn() {
		assertThat(this.mvc.get().uri("/admin/accounts")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
		assertThat(this.mvc.get().uri("/admin/account/password")).hasRedirectedUrl("/login");
	}

	@Test
	void signInPageIsPublic() {
		assertThat(this.mvc.get().uri("/login")).hasStatusOk()
			.bodyText()
			.contains("name=\"username\"", "name=\"_csrf\"");
		assertThat(this.mvc.get().uri("/login?throttled")).bodyText().contains("Too many failed sign-in attempts");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void onlyAdminsManageAccounts() {
		assertThat(this.mvc.get().uri("/admin/accounts")).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/accounts").with(csrf()).param("username", "x").param("role", "ADMIN"))
			.hasStatus(403);
		verifyNoInteractions(this.accounts);
	}

	@Test
	@WithMockUser(username = "chief", roles = "ADMIN")
	void adminSeesEveryAccount() {
		given(this.accounts.list()).willReturn(List.of(new AccountView(1L, "chief", Role.ADMIN, true, null, true),
				new AccountView(2L, "intern", Role.CONTRIBUTOR, false, null, true),
				new AccountView(3L, "restored", Role.EDITOR, true, null, false)));
		assertThat(this.mvc.get().uri("/admin/accounts")).hasStatusOk()
			.hasViewName("admin/accounts/list")
			.bodyText()
			.contains("intern", "Contributor", "Disabled", "/admin/accounts/2/enable", "No password",
					"/admin/accounts/3/reset-password");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void addingAnAccountWithoutCsrfIsForbidden() {
		assertThat(this.mvc.post().uri("/admin/accounts").param("username", "new").param("role", "EDITOR"))
			.hasStatus(403);
		verifyNoInteractions(this.accounts);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void addedAccountsPasswordIsShownOnce() {
		given(this.accounts.createWithRandomPassword("reporter", Role.EDITOR)).willReturn("s3cret-random");
		assertThat(this.mvc.post()
			.uri("/admin/accounts")
			.with(csrf())
			.param("username", "reporter")
			.param("role", "EDITOR")).hasRedirectedUrl("/admin/accounts")
			.flash()
			.containsEntry("secret", "s3cret-random");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void takenUsernameComesBackBesideTheFieldWithWhatWasTyped() {
		given(this.accounts.createWithRandomPassword("taken", Role.EDITOR))
			.willThrow(new AccountException("The username 'taken' is taken."));
		assertThat(
				this.mvc.post().uri("/admin/accounts").with(csrf()).param("username", "taken").param("role", "EDITOR"))
			.hasStatusOk()
			.bodyText()
			.contains("The username &#39;taken&#39; is taken.", "value=\"taken\"");
	}

	@Test
	@WithMockUser(username = "chief", roles = "ADMIN")
	void refusedChangeIsReported() {
		willThrow(new AccountException("You cannot disable your own account.")).given(this.accounts)
			.setEnabled(1L, false, "chief");
		assertThat(this.mvc.post().uri("/admin/accounts/1/disable").with(csrf())).hasRedirectedUrl("/admin/accounts")
			.flash()
			.containsEntry("failure", "You cannot disable your own account.");
	}

	@Test
	@WithMockUser(username = "intern", roles = "CONTRIBUTOR")
	void everyoneChangesTheirOwnPassword() {
		assertThat(this.mvc.get().uri("/admin/account/password")).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/admin/account/password")
			.with(csrf())
			.param("currentPassword", "old-password-1")
			.param("newPassword", "a-new-password-2")
			.param("confirmPassword", "a-new-password-2")).hasRedirectedUrl("/admin/account/password");
		verify(this.accounts).changeOwnPassword("intern", "old-password-1", "a-new-password-2");
	}

	@Test
	@WithMockUser(username = "intern", roles = "CONTRIBUTOR")
	void weakOrMismatchedPasswordIsRefusedBesideTheField() {
		assertThat(this.mvc.post()
			.uri("/admin/account/password")
			.with(csrf())
			.param("currentPassword", "old-password-1")
			.param("newPassword", "short")
			.param("confirmPassword", "other")).hasStatusOk()
			.bodyText()
			.contains("A password has at least 12 characters.", "The two new passwords differ.");
		verify(this.accounts, org.mockito.Mockito.never()).changeOwnPassword(any(), any(), eq("short"));
	}

}
