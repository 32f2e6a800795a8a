package org.gazette.media;

import java.time.Instant;

/**
 * An original image as the photo library lists it, read without its bytes.
 *
 * @param id its id
 * @param name its name
 * @param contentType its media type
 * @param width its width in pixels
 * @param height its height in pixels
 * @param byteSize its size in bytes
 * @param alt the text alternative, or {@code null}
 * @param caption the caption, or {@code null}
 * @param credit the credit line, or {@code null}
 * @param createdAt when it was stored
 */
record PhotoRow(Long id, String name, String contentType, int width, int height, long byteSize, String alt,
		String caption, String credit, Instant createdAt) {
}
