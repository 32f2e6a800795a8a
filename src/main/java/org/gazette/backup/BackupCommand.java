package org.gazette.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.gazette.backup.BackupFormat.Counts;
import org.gazette.backup.BackupFormat.Manifest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Runs {@code --gazette.backup.create=FILE} or {@code --gazette.backup.restore=FILE}:
 * once the application has started, and before anything runs at start-up (the content
 * import, the first account), the command runs, logs one line saying what it did or why
 * it could not, and the process exits with status 0 or 1. {@link BackupCommandLine} keeps
 * the web server from starting.
 */
@Component
class BackupCommand implements ApplicationListener<ApplicationStartedEvent> {

	private static final Log logger = LogFactory.getLog(BackupCommand.class);

	private final BackupProperties properties;

	private final BackupWriter writer;

	private final BackupRestorer restorer;

	private final ObjectProvider<ProcessExit> exit;

	BackupCommand(BackupProperties properties, BackupWriter writer, BackupRestorer restorer,
			ObjectProvider<ProcessExit> exit) {
		this.properties = properties;
		this.writer = writer;
		this.restorer = restorer;
		this.exit = exit;
	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		if (this.properties.create() == null && this.properties.restore() == null) {
			return;
		}
		int status = run();
		this.exit.getIfAvailable(() -> ProcessExit.SYSTEM).exit(event.getApplicationContext(), status);
	}

	private int run() {
		long started = System.nanoTime();
		try {
			if (this.properties.create() != null && this.properties.restore() != null) {
				throw new BackupException(
						"Give --" + BackupProperties.CREATE + " or --" + BackupProperties.RESTORE + ", not both");
			}
			if (this.properties.create() != null) {
				create(this.properties.create(), started);
			}
			else {
				restore(this.properties.restore(), started);
			}
			return 0;
		}
		catch (BackupException ex) {
			logger.error(ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			logger.error("Backup command failed: " + ex, ex);
			return 1;
		}
	}

	private void create(Path file, long started) {
		Manifest manifest = this.writer.write(file, this.properties.includePasswordHashes());
		Path written = file.toAbsolutePath().normalize();
		logger.info("Backup written to " + written + " (" + size(written) + "): " + manifest.counts()
				+ (manifest.passwordHashes() ? ", with password hashes" : ", without password hashes") + ", in "
				+ seconds(started));
	}

	private void restore(Path file, long started) {
		Counts restored = this.restorer.restore(file);
		logger.info("Restored " + file.toAbsolutePath().normalize() + ": " + restored + ", in " + seconds(started)
				+ ". Accounts restored without a password hash cannot sign in until an admin resets their password"
				+ " at /admin/accounts; at the next start, GAZETTE_ADMIN_USERNAME gets GAZETTE_ADMIN_PASSWORD"
				+ " when no admin can sign in");
	}

	private static String size(Path file) {
		try {
			long bytes = Files.size(file);
			return (bytes < 1024 * 1024) ? DataSize.ofBytes(bytes).toKilobytes() + " KB"
					: String.format("%.1f MB", bytes / (1024.0 * 1024));
		}
		catch (IOException ex) {
			return "size unknown";
		}
	}

	private static String seconds(long started) {
		return String.format("%.1f s", (System.nanoTime() - started) / 1e9);
	}

}
