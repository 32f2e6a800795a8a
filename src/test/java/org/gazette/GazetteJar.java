package org.gazette;

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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar started as a separate process, the way an operator starts it: its own
 * working directory, only the environment given, and its console written to a log file.
 */
public final class GazetteJar {

	/** Generous: start-up takes 15 s on two quiet cores, and CI's are rarely quiet. */
	public static final Duration START_TIMEOUT = Duration.ofSeconds(150);

	private final ProcessBuilder builder;

	private final Path log;

	private final int port;

	private Process process;

	private GazetteJar(ProcessBuilder builder, Path log, int port) {
		this.builder = builder;
		this.log = log;
		this.port = port;
	}

	/**
	 * Describes a jar to start from a working directory, on a free port.
	 * @param workingDirectory where it runs, and where its log goes
	 * @param environment variables besides {@code SERVER_PORT}; nothing of the test's own
	 * {@code SPRING_*}, {@code GAZETTE_*}… environment is passed on
	 * @param javaOptions options for the JVM, before {@code -jar} or the class path
	 * @param launch what follows them: {@code -jar} and the jar, or a class path and main
	 * class
	 * @return the jar, not started yet
	 */
	public static GazetteJar in(Path workingDirectory, Map<String, String> environment, List<String> javaOptions,
			List<String> launch) throws IOException {
		int port = freePort();
		Path log = workingDirectory.resolve("gazette.log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaOptions);
		command.addAll(launch);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> inherited = builder.environment();
		inherited.keySet()
			.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("GAZETTE_") || name.startsWith("LOGGING_")
					|| name.startsWith("SERVER_") || name.startsWith("MANAGEMENT_"));
		inherited.putAll(environment);
		inherited.put("SERVER_PORT", Integer.toString(port));
		return new GazetteJar(builder, log, port);
	}

	/**
	 * The jar Maven built, as {@code -jar} arguments.
	 * @return {@code -jar} and the jar's path
	 */
	public static List<String> packagedJar() {
		Path jar = Path.of(System.getProperty("gazette.jar", "target/gazette.jar")).toAbsolutePath();
		assertThat(jar).as("built by the package phase").exists();
		return List.of("-jar", jar.toString());
	}

	/**
	 * Starts the jar and waits until it reports itself ready.
	 * @return this jar
	 */
	public GazetteJar start() throws IOException {
		this.process = this.builder.start();
		await().atMost(START_TIMEOUT)
			.pollInterval(Duration.ofMillis(250))
			.failFast("the jar exited; see " + this.log, () -> !this.process.isAlive())
			.until(() -> status("/actuator/health/readiness") == 200);
		return this;
	}

	/**
	 * Runs the jar as a command that ends by itself, such as a backup, and waits for it.
	 * @param timeout how long it may take
	 * @return its exit status
	 */
	public int run(Duration timeout) throws IOException, InterruptedException {
		this.process = this.builder.start();
		assertThat(this.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)).as("ends; see " + this.log).isTrue();
		return this.process.exitValue();
	}

	/**
	 * Kills the process at once, as {@code kill -9} does: no shutdown hook, no flush.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
		// 128 + 9: the JVM ran nothing of its own after the signal.
		assertThat(this.process.exitValue()).as("ended by SIGKILL").isEqualTo(137);
	}

	/**
	 * Stops the process, if it still runs, so that no test leaves a jar behind.
	 */
	public void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	public Process process() {
		return this.process;
	}

	public int port() {
		return this.port;
	}

	public Path log() {
		return this.log;
	}

	/**
	 * The last lines of the log, for a failed assertion to show.
	 * @return up to 40 lines
	 */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * The status a path answers with, or -1 while nothing listens.
	 * @param path the path
	 * @return the status
	 */
	public int status(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(request(path).build(), HttpResponse.BodyHandlers.discarding())
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

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(10));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
