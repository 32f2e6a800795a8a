package org.gazette.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No article, section or tag readers may see has the requested name.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFoundException extends RuntimeException {

	public ArticleNotFoundException(String what) {
		super("Not found: " + what);
	}

}
