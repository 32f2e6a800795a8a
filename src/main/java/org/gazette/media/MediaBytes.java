package org.gazette.media;

/**
 * What serving an image needs, read in one query.
 *
 * @param contentType the decoded format's media type
 * @param sha256 the hash of the bytes, used as the entity tag
 * @param data the bytes
 */
record MediaBytes(String contentType, String sha256, byte[] data) {
}
