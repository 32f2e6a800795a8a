package org.gazette.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The requested article was deleted: readers are told it is gone for good, not that it
 * never existed.
 */
@ResponseStatus(HttpStatus.GONE)
public class ArticleGoneException extends RuntimeException {

	public ArticleGoneException(String slug) {
		super("Deleted: article " + slug);
	}

}
