package org.gazette.media;

/**
 * Bytes that are not an image Gazette accepts. The message says why, in words an editor
 * understands.
 */
public class InvalidImageException extends RuntimeException {

	public InvalidImageException(String message) {
		super(message);
	}

}
