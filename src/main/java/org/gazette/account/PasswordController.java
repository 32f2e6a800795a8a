package org.gazette.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every editor changes their own password here.
 */
@Controller
@RequestMapping("/admin/account/password")
class PasswordController {

	private static final String FORM = "admin/account/password";

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String editForm(@ModelAttribute("form") PasswordChangeForm form) {
		return FORM;
	}

	@PostMapping
	String update(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.accounts.changeOwnPassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword());
		}
		catch (AccountException ex) {
			result.rejectValue("currentPassword", "invalid", ex.getMessage());
			return FORM;
		}
		redirect.addFlashAttribute("success", "Your password has been changed.");
		return "redirect:/admin/account/password";
	}

}
