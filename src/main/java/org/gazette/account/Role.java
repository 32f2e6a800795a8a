package org.gazette.account;

/**
 * What an editor account may do. Each role includes the ones before it: an editor can do
 * what a contributor can, an admin what an editor can.
 */
public enum Role {

	/** Writes and edits drafts; cannot publish. */
	CONTRIBUTOR,
	/** Publishes, schedules and unpublishes any article. */
	EDITOR,
	/** Also manages editor accounts. */
	ADMIN;

	/**
	 * The authority Spring Security checks.
	 * @return e.g. {@code ROLE_EDITOR}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
