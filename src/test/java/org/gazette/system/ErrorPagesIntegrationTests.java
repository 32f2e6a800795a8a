package org.gazette.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors answer with honest status codes and pages in the site's layout: never the
 * Whitelabel page, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@CsvSource({ "/articles/no-such-story, 404, Page not found", "/tags/no-such-tag, 404, Page not found",
			"/sections/no-such-section, 404, Page not found", "/?page=999, 404, Page not found",
			"/media/nothing-here.png, 404, Page not found",
			"/media/..%2F..%2Fetc%2Fpasswd, 400, That address is not quite right",
			"/?page=abc, 400, That address is not quite right", "/?page=0, 400, That address is not quite right",
			"/?page=-1, 400, That address is not quite right", "/nowhere, 404, Page not found" })
	void errorIsAPageInTheSiteLayout(String path, int status, String heading) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(status);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo(heading);
		assertThat(page.selectFirst("header .site-name")).isNotNull();
		assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at org.", "trace");
	}

}
