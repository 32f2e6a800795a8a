package org.gazette.article;

/**
 * The editor may not do this to the article, such as a contributor publishing. The
 * message says why, in words for the editor.
 */
public class EditRefusedException extends RuntimeException {

	public EditRefusedException(String message) {
		super(message);
	}

}
