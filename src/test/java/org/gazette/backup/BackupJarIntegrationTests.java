package org.gazette.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backup commands of the packaged jar, by Failsafe after {@code package}: a backup of
 * a running H2 database is refused in one line, a backup of a stopped one restores into a
 * second data directory, which backs up to the same files, and a restore into a database
 * that is not empty is refused.
 */
class BackupJarIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	private Path directory;

	@Test
	void backupOfOneDataDirectoryRestoresIntoAnotherAsItWas() throws Exception {
		Path original = this.directory.resolve("original");
		Path copy = this.directory.resolve("copy");
		Path content = Path.of("src/test/resources/search-corpus").toAbsolutePath();

		int port = freePort();
		Process server = jar(original, content, "serve", "--server.port=" + port);
		try {
			await().atMost(TIMEOUT)
				.pollInterval(Duration.ofMillis(250))
				.failFast("the jar exited; see " + original.resolveSibling("serve.log"), () -> !server.isAlive())
				.until(() -> status(port, "/actuator/health/readiness") == 200);
			Run whileServing = command(original, "create-while-serving",
					"--gazette.backup.create=" + this.directory.resolve("refused.zip"));
			assertThat(whileServing.status()).isEqualTo(1);
			assertThat(whileServing.lastLine()).contains(
					"Backup command failed to start: Database may be already in use",
					"Is Gazette running on this database?");
			assertThat(this.directory.resolve("refused.zip")).doesNotExist();
		}
		finally {
			server.destroy();
			assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}

		Path first = this.directory.resolve("first.zip");
		Run create = command(original, "create", "--gazette.backup.create=" + first);
		assertThat(create.status()).as(create::log).isZero();
		assertThat(create.lastLine()).contains("Backup written to " + first, "9 articles (0 deleted)",
				"without password hashes");

		CompletableFuture<Run> restore = CompletableFuture
			.supplyAsync(() -> command(copy, "restore", "--gazette.backup.restore=" + first));
		Run again = command(original, "restore-again", "--gazette.backup.restore=" + first);
		assertThat(again.status()).isEqualTo(1);
		assertThat(again.lastLine()).contains("Restore refused: the database is not empty (it holds 9 articles",
				"Nothing was changed");
		Run restored = restore.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(restored.status()).as(restored::log).isZero();
		assertThat(restored.lastLine()).contains("Restored " + first, "9 articles");

		Path second = this.directory.resolve("second.zip");
		assertThat(command(copy, "create-copy", "--gazette.backup.create=" + second).status()).isZero();
		assertThat(files(second)).isEqualTo(files(first));
	}

	/**
	 * Every file of an archive but its manifest, by path: its SHA-256, or for an
	 * article's record its JSON without the article's id, which the database made up.
	 */
	private static Map<String, String> files(Path archive) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			for (var entry : zip.stream().toList()) {
				byte[] data = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(BackupFormat.MANIFEST)) {
					continue;
				}
				if (BackupFormat.articleSlugOf(entry.getName()) != null) {
					JsonNode record = BackupFormat.JSON.readTree(data);
					((ObjectNode) record).remove("id");
					files.put(entry.getName(), record.toString());
				}
				else {
					files.put(entry.getName(), BackupFormat.sha256(data));
				}
			}
		}
		return files;
	}

	private Run command(Path dataDirectory, String name, String... arguments) {
		try {
			Process process = jar(dataDirectory, this.directory.resolve("no-content"), name, arguments);
			assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as(name + " finishes").isTrue();
			return new Run(process.exitValue(), Files.readAllLines(dataDirectory.resolveSibling(name + ".log")));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Process jar(Path dataDirectory, Path content, String name, String... arguments) throws IOException {
		Path jar = Path.of(System.getProperty("gazette.jar", "target/gazette.jar")).toAbsolutePath();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dataDirectory.resolveSibling(name + ".log").toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet()
			.removeIf((variable) -> variable.startsWith("SPRING_") || variable.startsWith("GAZETTE_")
					|| variable.startsWith("LOGGING_") || variable.startsWith("SERVER_")
					|| variable.startsWith("MANAGEMENT_"));
		environment.put("GAZETTE_DATA_DIR", dataDirectory.toString());
		environment.put("GAZETTE_SEARCH_INDEX_DIR", dataDirectory.resolve("search-index").toString());
		environment.put("GAZETTE_CONTENT_DIR", content.toString());
		environment.put("GAZETTE_ADMIN_PASSWORD", "backup-jar-password");
		return builder.start();
	}

	private static int status(int port, String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * How a run of the jar ended.
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
