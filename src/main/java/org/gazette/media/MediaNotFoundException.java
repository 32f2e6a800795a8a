package org.gazette.media;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No image has the requested name, or the photo library has no such page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MediaNotFoundException extends RuntimeException {

	MediaNotFoundException(String what) {
		super("Not found: " + what);
	}

}
