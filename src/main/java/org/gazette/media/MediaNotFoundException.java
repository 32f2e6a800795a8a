package org.gazette.media;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No image has the requested name.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MediaNotFoundException extends RuntimeException {

	MediaNotFoundException(String name) {
		super("No image named " + name);
	}

}
