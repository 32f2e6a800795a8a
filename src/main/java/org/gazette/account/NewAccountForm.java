package org.gazette.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form an admin fills in to add an editor account.
 */
class NewAccountForm {

	@NotBlank(message = "Enter a username.")
	@Size(max = 100, message = "A username is at most 100 characters.")
	private String username;

	@NotNull(message = "Choose a role.")
	private Role role = Role.CONTRIBUTOR;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
