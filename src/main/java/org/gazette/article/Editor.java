package org.gazette.article;

/**
 * Who is writing in the newsroom, and whether they may decide what readers see.
 * Contributors write drafts; editors also publish, schedule, unpublish and delete.
 *
 * @param username the signed-in account's username
 * @param canPublish whether they may publish
 */
public record Editor(String username, boolean canPublish) {
}
