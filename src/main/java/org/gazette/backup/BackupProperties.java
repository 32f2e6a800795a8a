package org.gazette.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The backup commands: {@code --gazette.backup.create=FILE} writes a backup and exits,
 * {@code --gazette.backup.restore=FILE} restores one into an empty database and exits.
 *
 * @param create where to write a backup, or {@code null}
 * @param restore the backup to restore, or {@code null}
 * @param includePasswordHashes whether the accounts keep their password hashes
 */
@ConfigurationProperties("gazette.backup")
record BackupProperties(Path create, Path restore, boolean includePasswordHashes) {

	static final String CREATE = "gazette.backup.create";

	static final String RESTORE = "gazette.backup.restore";

}
