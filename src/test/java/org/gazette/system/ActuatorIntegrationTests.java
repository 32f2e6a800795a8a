package org.gazette.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's tools reach over real HTTP: health with liveness and readiness,
 * build and git info, Prometheus metrics from allowed addresses only, and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorIntegrationTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void healthHasLivenessAndReadinessAndReadinessIncludesTheDatabase() throws Exception {
		assertThat(JsonPath.<String>read(body("/actuator/health", 200), "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(body("/actuator/health/liveness", 200), "$.status")).isEqualTo("UP");
		String readiness = body("/actuator/health/readiness", 200);
		assertThat(JsonPath.<String>read(readiness, "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<Map<String, Object>>read(readiness, "$.components")).containsKeys("db", "readinessState");
		assertThat(JsonPath.<String>read(readiness, "$.components.db.status")).isEqualTo("UP");
	}

	@Test
	void infoNamesTheBuildAndItsCommit() throws Exception {
		String info = body("/actuator/info", 200);
		assertThat(JsonPath.<String>read(info, "$.build.artifact")).isEqualTo("gazette");
		assertThat(JsonPath.<String>read(info, "$.build.version")).isNotBlank();
		// Built from a source archive without .git, there is no commit to name.
		if (new ClassPathResource("git.properties").exists()) {
			assertThat(JsonPath.<String>read(info, "$.git.commit.id")).matches("[0-9a-f]{7,40}");
		}
	}

	@Test
	void prometheusHasRequestJvmPoolAndGazetteMetrics() throws Exception {
		body("/articles/no-such-story", 404);
		HttpResponse<String> response = send(get("/actuator/prometheus"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		String metrics = response.body();
		assertThat(metrics).contains("http_server_requests_seconds_count{", "http_server_requests_seconds_bucket{",
				"jvm_memory_used_bytes{", "jvm_threads_live_threads{", "process_cpu_usage{",
				"hikaricp_connections_active{", "gazette_search_queries_total{");
		assertThat(sample(metrics, "gazette_content_imports_total", "result=\"created\"")).as("the seed story")
			.hasValueSatisfying((count) -> assertThat(count).isGreaterThanOrEqualTo(1));
		assertThat(sample(metrics, "gazette_content_imports_total", "result=\"skipped\"")).isPresent();
		assertThat(sample(metrics, "gazette_article_saves_total", "origin=\"import\",outcome=\"created\""))
			.hasValueSatisfying((count) -> assertThat(count).isGreaterThanOrEqualTo(1));
		assertThat(sample(metrics, "gazette_article_saves_total", "origin=\"editor\",outcome=\"updated\"")).isPresent();
		assertThat(metrics).contains("application=\"gazette\"");
	}

	@Test
	void prometheusRefusesClientsFromOtherAddressesEvenThroughAProxy() throws Exception {
		HttpResponse<String> response = send(get("/actuator/prometheus").header("X-Forwarded-For", "203.0.113.7"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("jvm_");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics",
			"/actuator/configprops", "/actuator/loggers", "/actuator/threaddump", "/actuator/mappings",
			"/actuator/sessions", "/actuator/flyway", "/h2-console", "/h2-console/" })
	void nothingElseIsExposed(String path) throws Exception {
		assertThat(send(get(path)).statusCode()).isIn(403, 404);
	}

	private String body(String path, int status) throws IOException, InterruptedException {
		HttpResponse<String> response = send(get(path));
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return response.body();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static Optional<Double> sample(String metrics, String name, String labels) {
		Matcher matcher = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(labels) + "[^}]*} (\\S+)$")
			.matcher(metrics);
		return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
	}

}
