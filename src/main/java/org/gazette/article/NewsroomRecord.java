package org.gazette.article;

import java.time.Instant;

/**
 * What the newsroom keeps about an article besides its text, as a backup keeps it.
 *
 * @param createdAt when it was created
 * @param createdBy who created it, or {@code null} when it was imported
 * @param modifiedAt when it was last changed
 * @param modifiedBy who changed it last, or {@code null} when only imported
 * @param deletedAt when it was deleted, or {@code null} when it is not
 * @param everPublished whether readers may have seen it (its old slugs then redirect)
 * @param revisionNumber the number of its latest revision
 * @param sourcePath the content file it was imported from, or {@code null}
 * @param sourceHash the hash of that file as last seen, or {@code null}
 * @param editedSinceImport whether an editor changed it since its last import
 */
public record NewsroomRecord(Instant createdAt, String createdBy, Instant modifiedAt, String modifiedBy,
		Instant deletedAt, boolean everPublished, int revisionNumber, String sourcePath, String sourceHash,
		boolean editedSinceImport) {
}
