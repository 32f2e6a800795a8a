package org.gazette;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar run as an operator runs it, by Failsafe after {@code package}: from a
 * directory of its own with no content there, with structured logs, and stopped with
 * SIGTERM while a request is still being served.
 */
@TestMethodOrder(OrderAnnotation.class)
class PackagedJarIntegrationTests {

	private static final Duration SLOW_REQUEST = Duration.ofSeconds(4);

	@TempDir
	static Path workingDirectory;

	private static GazetteJar gazette;

	private static Process process;

	private static Path log;

	private static int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startTheJar() throws Exception {
		// The jar as built, started by Boot's PropertiesLauncher instead of its
		// JarLauncher only to put SlowRequests on its class path.
		Path extra = Files.createDirectories(workingDirectory.resolve("test-classes/org/gazette"));
		Files.copy(Path.of(SlowRequests.class.getResource("SlowRequests.class").toURI()),
				extra.resolve("SlowRequests.class"));
		String jar = GazetteJar.packagedJar().get(1);
		List<String> javaOptions = new ArrayList<>(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
				"-Dloader.path=" + workingDirectory.resolve("test-classes")));
		if (Runtime.version().feature() >= 22) {
			// What the jar's manifest says to `java -jar`, which this class path launch
			// does not read: else the JVM's warnings about Lucene's native calls would
			// come between the JSON lines.
			javaOptions.add("--enable-native-access=ALL-UNNAMED");
		}
		gazette = GazetteJar
			.in(workingDirectory,
					Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs", "GAZETTE_ADMIN_PASSWORD",
							"packaged-jar-password", "GAZETTE_DATA_DIR", "state"),
					javaOptions,
					List.of("-cp", jar, "org.springframework.boot.loader.launch.PropertiesLauncher",
							"--gazette.test.slow-requests=true"))
			.start();
		process = gazette.process();
		log = gazette.log();
		port = gazette.port();
	}

	@AfterAll
	static void stopTheJar() throws InterruptedException {
		if (gazette != null) {
			gazette.stop();
		}
	}

	@Test
	@Order(1)
	void runsFromAnyDirectoryWithDatabaseAndSearchIndexInItsDataDirectoryAndSaysContentIsMissing() throws Exception {
		assertThat(status("/")).isEqualTo(200);
		assertThat(workingDirectory.resolve("state/gazette.mv.db")).exists();
		assertThat(workingDirectory.resolve("state/search-index")).isDirectory();
		assertThat(workingDirectory.resolve("data")).doesNotExist();
		String messages = String.join("\n", messages());
		assertThat(messages).contains("Database: H2 file " + workingDirectory.resolve("state/gazette.mv.db"))
			.contains("Content directory " + workingDirectory.resolve("content")
					+ " does not exist: no articles imported (set GAZETTE_CONTENT_DIR to change it)");
	}

	@Test
	@Order(2)
	void logsAreOneEcsJsonDocumentPerLine() throws Exception {
		List<String> lines = Files.readAllLines(log).stream().filter((line) -> !line.isBlank()).toList();
		assertThat(lines).isNotEmpty().allSatisfy((line) -> {
			assertThat(JsonPath.<String>read(line, "$['@timestamp']")).isNotBlank();
			assertThat(JsonPath.<String>read(line, "$.log.level")).isNotBlank();
			assertThat(JsonPath.<String>read(line, "$.service.name")).isEqualTo("gazette");
			assertThat(JsonPath.<String>read(line, "$.ecs.version")).isNotBlank();
		});
	}

	@Test
	@Order(3)
	void infoNamesTheBuild() throws Exception {
		HttpResponse<String> info = this.http.send(request("/actuator/info").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(JsonPath.<String>read(info.body(), "$.build.artifact")).isEqualTo("gazette");
	}

	@Test
	@Order(4)
	void sigtermLetsTheRequestInFlightFinishThenExitsWithZero() throws Exception {
		CompletableFuture<HttpResponse<String>> inFlight = this.http.sendAsync(
				request("/test/slow?millis=" + SLOW_REQUEST.toMillis()).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> otherRequestsBeingServed() > 0);

		process.destroy();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.alias("new connections are refused once shutdown begins")
			.until(PackagedJarIntegrationTests::refusesConnections);
		assertThat(inFlight).as("still being served").isNotDone();

		HttpResponse<String> finished = inFlight.get(60, TimeUnit.SECONDS);
		assertThat(finished.statusCode()).as(PackagedJarIntegrationTests::logTail).isEqualTo(200);
		assertThat(finished.body()).isEqualTo("done after " + SLOW_REQUEST.toMillis() + " ms");
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(messages()).contains("Commencing graceful shutdown. Waiting for active requests to complete",
				"Graceful shutdown complete");
	}

	/**
	 * Requests being served besides the scrape that asks, as Actuator counts them (by
	 * method: the path is not known yet when a request starts).
	 */
	private static long otherRequestsBeingServed() {
		try {
			String metrics = HttpClient.newHttpClient()
				.send(request("/actuator/prometheus").build(), HttpResponse.BodyHandlers.ofString())
				.body();
			return metrics.lines()
				.filter((line) -> line.startsWith("http_server_requests_active_seconds_count{")
						&& line.contains("method=\"GET\""))
				.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum() - 1;
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private static boolean refusesConnections() {
		try (Socket probe = new Socket("localhost", port)) {
			return false;
		}
		catch (ConnectException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static List<String> messages() throws IOException {
		return Files.readAllLines(log)
			.stream()
			.filter((line) -> line.startsWith("{"))
			.map((line) -> JsonPath.<String>read(line, "$.message"))
			.toList();
	}

	private static String logTail() {
		return gazette.logTail();
	}

	private static int status(String path) {
		return gazette.status(path);
	}

	private static HttpRequest.Builder request(String path) {
		return gazette.request(path);
	}

}
