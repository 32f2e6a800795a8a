package org.gazette.media;

import org.springframework.core.io.InputStreamSource;

/**
 * A photo an editor sends, with what a page prints beside it.
 *
 * @param fileName the name it came with, used only to make its stored name readable
 * @param size its size in bytes, as the upload declared it
 * @param content its bytes, read only once the size is known to be within the limit
 * @param alt the text alternative
 * @param caption the caption, or blank
 * @param credit the credit line, or blank
 */
record PhotoUpload(String fileName, long size, InputStreamSource content, String alt, String caption, String credit) {
}
