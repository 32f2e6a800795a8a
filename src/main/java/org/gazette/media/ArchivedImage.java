package org.gazette.media;

import java.time.Instant;

/**
 * An original image's description as a backup keeps it, beside its bytes. Resized copies
 * are not kept: they are made again from the original.
 *
 * @param name its name, served at {@code /media/{name}}
 * @param contentType the media type of its decoded format
 * @param width its width in pixels
 * @param height its height in pixels
 * @param byteSize its size in bytes
 * @param sha256 the SHA-256 of its bytes, in hex
 * @param alt the text alternative, or {@code null}
 * @param caption the caption, or {@code null}
 * @param credit the credit line, or {@code null}
 * @param createdAt when it was stored
 */
public record ArchivedImage(String name, String contentType, int width, int height, long byteSize, String sha256,
		String alt, String caption, String credit, Instant createdAt) {
}
