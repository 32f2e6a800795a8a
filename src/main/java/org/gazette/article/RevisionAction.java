package org.gazette.article;

/**
 * What a revision records.
 */
public enum RevisionAction {

	/** The article was written in the newsroom. */
	CREATED("Created"),
	/** A content file created or updated the article. */
	IMPORTED("Imported"),
	/** An editor saved changes. */
	SAVED("Saved"),
	/** An earlier revision was restored. */
	RESTORED("Restored"),
	/** The article was taken away from readers. */
	UNPUBLISHED("Unpublished"),
	/** The article was deleted: readers are told it is gone. */
	DELETED("Deleted"),
	/** A deleted article was brought back as a draft. */
	RECOVERED("Recovered");

	private final String label;

	RevisionAction(String label) {
		this.label = label;
	}

	/**
	 * The action as the history page names it.
	 * @return e.g. "Saved"
	 */
	public String label() {
		return this.label;
	}

}
