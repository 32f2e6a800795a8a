package org.gazette.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.gazette.GazetteJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup commands of the packaged jar, by Failsafe after {@code package}: a backup of
 * a running H2 database is refused in one line, a backup of a stopped one restores into a
 * second data directory, which backs up to the same files, and a restore into a database
 * that is not empty is refused.
 */
class BackupJarIntegrationTests {

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(180);

	private static final Path CONTENT = Path.of("src/test/resources/search-corpus").toAbsolutePath();

	@TempDir
	private Path directory;

	@Test
	void backupOfOneDataDirectoryRestoresIntoAnotherAsItWas() throws Exception {
		Path original = this.directory.resolve("original");
		Path copy = this.directory.resolve("copy");
		GazetteJar server = jar("serve", original, CONTENT).start();
		try {
			Path refused = this.directory.resolve("refused.zip");
			Run whileServing = command("create-while-serving", original, "--gazette.backup.create=" + refused);
			assertThat(whileServing.status()).isEqualTo(1);
			assertThat(whileServing.lastLine()).contains(
					"Backup command failed to start: Database may be already in use",
					"Is Gazette running on this database?");
			assertThat(refused).doesNotExist();
		}
		finally {
			server.process().destroy();
			assertThat(server.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
		}

		Path first = this.directory.resolve("first.zip");
		Run create = command("create", original, "--gazette.backup.create=" + first);
		assertThat(create.status()).as(create::log).isZero();
		assertThat(create.lastLine()).contains("Backup written to " + first, "9 articles (0 deleted)",
				"without password hashes");

		CompletableFuture<Run> restore = CompletableFuture
			.supplyAsync(() -> command("restore", copy, "--gazette.backup.restore=" + first));
		Run again = command("restore-again", original, "--gazette.backup.restore=" + first);
		assertThat(again.status()).isEqualTo(1);
		assertThat(again.lastLine()).contains("Restore refused: the database is not empty (it holds 9 articles",
				"Nothing was changed");
		Run restored = restore.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(restored.status()).as(restored::log).isZero();
		assertThat(restored.lastLine()).contains("Restored " + first, "9 articles");

		Path second = this.directory.resolve("second.zip");
		assertThat(command("create-copy", copy, "--gazette.backup.create=" + second).status()).isZero();
		assertThat(files(second)).isEqualTo(files(first));
	}

	/**
	 * Every file of an archive but its manifest, by path: its SHA-256, or for an
	 * article's record its JSON without the article's id, which the database made up.
	 */
	private static Map<String, String> files(Path archive) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			for (ZipEntry entry : zip.stream().toList()) {
				byte[] data = zip.getInputStream(entry).readAllBytes();
				if (BackupFormat.articleSlugOf(entry.getName()) != null) {
					ObjectNode record = (ObjectNode) BackupFormat.JSON.readTree(data);
					record.remove("id");
					files.put(entry.getName(), record.toString());
				}
				else if (!entry.getName().equals(BackupFormat.MANIFEST)) {
					files.put(entry.getName(), BackupFormat.sha256(data));
				}
			}
		}
		return files;
	}

	/**
	 * Runs the jar as a command, in a working directory of its own named after it.
	 */
	private Run command(String name, Path dataDirectory, String... arguments) {
		try {
			GazetteJar jar = jar(name, dataDirectory, this.directory.resolve("no-content"), arguments);
			return new Run(jar.run(COMMAND_TIMEOUT), Files.readAllLines(jar.log()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private GazetteJar jar(String name, Path dataDirectory, Path content, String... arguments) throws IOException {
		List<String> launch = new ArrayList<>(GazetteJar.packagedJar());
		launch.addAll(List.of(arguments));
		return GazetteJar.in(Files.createDirectories(this.directory.resolve(name)),
				Map.of("GAZETTE_DATA_DIR", dataDirectory.toString(), "GAZETTE_SEARCH_INDEX_DIR",
						dataDirectory.resolve("search-index").toString(), "GAZETTE_CONTENT_DIR", content.toString(),
						"GAZETTE_ADMIN_PASSWORD", "backup-jar-password"),
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), launch);
	}

	/**
	 * How a command ended.
	 *
	 * @param status its exit status
	 * @param lines its log
	 */
	private record Run(int status, List<String> lines) {

		String lastLine() {
			List<String> written = this.lines.stream().filter((line) -> !line.isBlank()).toList();
			return written.isEmpty() ? "" : written.get(written.size() - 1);
		}

		String log() {
			return String.join("\n", this.lines);
		}

	}

}
