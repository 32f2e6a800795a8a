package org.gazette.article;

import java.time.Instant;

/**
 * One line of an article's history.
 *
 * @param number the revision's number, from 1
 * @param createdAt when it was saved
 * @param createdBy who saved it
 * @param action what they did
 * @param changes which parts changed, in words, or {@code null}
 */
public record RevisionSummary(int number, Instant createdAt, String createdBy, RevisionAction action, String changes) {
}
