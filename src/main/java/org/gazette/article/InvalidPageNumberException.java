package org.gazette.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A listing was asked for a page number below 1.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidPageNumberException extends RuntimeException {

	public InvalidPageNumberException(int page) {
		super("Page numbers start at 1, not " + page);
	}

}
