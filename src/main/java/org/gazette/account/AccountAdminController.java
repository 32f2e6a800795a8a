package org.gazette.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins add, disable, enable and reset editor accounts. New and reset passwords are
 * random and shown once, to be passed on to their owner.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final String LIST = "admin/accounts/list";

	private final AccountService accounts;

	AccountAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		model.addAttribute("newAccount", new NewAccountForm());
		return LIST;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("newAccount") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				String password = this.accounts.createWithRandomPassword(form.getUsername(), form.getRole());
				redirect.addFlashAttribute("success", "Account '" + AccountService.normalise(form.getUsername())
						+ "' created. Its password, shown this once: ");
				redirect.addFlashAttribute("secret", password);
				return "redirect:/admin/accounts";
			}
			catch (AccountException ex) {
				result.rejectValue("username", "invalid", ex.getMessage());
			}
		}
		model.addAttribute("accounts", this.accounts.list());
		return LIST;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return change(redirect, "Account disabled.", () -> this.accounts.setEnabled(id, false, principal.getName()));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return change(redirect, "Account enabled.", () -> this.accounts.setEnabled(id, true, principal.getName()));
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		try {
			String password = this.accounts.resetPassword(id);
			redirect.addFlashAttribute("success", "Password reset. The new password, shown this once: ");
			redirect.addFlashAttribute("secret", password);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		return "redirect:/admin/accounts";
	}

	private String change(RedirectAttributes redirect, String success, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (AccountException ex) {
			redirect.addFlashAttribute("failure", ex.getMessage());
		}
		return "redirect:/admin/accounts";
	}

}
