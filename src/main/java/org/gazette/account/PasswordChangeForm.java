package org.gazette.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form an editor fills in to change their own password.
 */
class PasswordChangeForm {

	@NotBlank(message = "Enter your current password.")
	private String currentPassword;

	@NotBlank(message = "Enter a new password.")
	@Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200,
			message = "A password has at least " + AccountService.MIN_PASSWORD_LENGTH + " characters.")
	private String newPassword;

	private String confirmPassword;

	@AssertTrue(message = "The two new passwords differ.")
	public boolean isConfirmed() {
		return this.newPassword == null || this.newPassword.equals(this.confirmPassword);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
