package org.gazette.system;

import org.gazette.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors answer with honest status codes and pages in the site's layout: never the
 * Whitelabel page, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIntegrationTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@CsvSource({ "/articles/no-such-story, 404, Page not found", "/tags/no-such-tag, 404, Page not found",
			"/sections/no-such-section, 404, Page not found", "/?page=999, 404, Page not found",
			"/media/nothing-here.png, 404, Page not found",
			"/media/..%2F..%2Fetc%2Fpasswd, 400, That address is not quite right",
			"/?page=abc, 400, That address is not quite right", "/?page=0, 400, That address is not quite right",
			"/?page=-1, 400, That address is not quite right", "/search?q=%zz, 400, That address is not quite right",
			"/search?q=summit%, 400, That address is not quite right",
			"/?page=%G1, 400, That address is not quite right", "/nowhere, 404, Page not found" })
	void errorIsAPageInTheSiteLayout(String path, int status, String heading, CapturedOutput output) {
		// Over a plain socket: Java's HTTP client refuses to send a broken escape.
		RawHttp.Response response = new RawHttp(this.port).send("GET", path, "Accept: text/html");
		assertThat(response.status()).isEqualTo(status);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo(heading);
		assertThat(page.selectFirst("header .site-name")).isNotNull();
		assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at org.", "trace");
		// A reader's bad address is no server error: the log stays quiet.
		assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat org.");
	}

}
