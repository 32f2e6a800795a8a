/**
 * Backups: one zip archive of everything editors made (every article as a markdown file
 * in the format of {@code content/}, its revisions and old slugs, deleted articles too,
 * every original image with its description, the accounts), written by
 * {@code --gazette.backup.create} or an admin at {@code /admin/backup}, checked against
 * the SHA-256 sums of its manifest and restored into an empty database by
 * {@code --gazette.backup.restore}.
 */
package org.gazette.backup;
