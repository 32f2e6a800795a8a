package org.gazette.media;

import java.util.List;

/**
 * One page of the photo library, newest first.
 *
 * @param photos the photos on it
 * @param number its number, from 1
 * @param totalPages how many pages there are, at least 1
 */
record PhotoPage(List<Photo> photos, int number, int totalPages) {
}
