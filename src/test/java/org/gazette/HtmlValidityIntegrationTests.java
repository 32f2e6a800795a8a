package org.gazette;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type passes the Nu Html Checker with no error. The checker refuses to fetch
 * loopback URLs, so each page is fetched here and its markup handed to the checker.
 */
@CorpusTest
class HtmlValidityIntegrationTests {

	private static final List<String> reported = new ArrayList<>();

	private static SimpleDocumentValidator validator;

	@LocalServerPort
	private int port;

	/**
	 * The checker's schemas load once, which takes seconds; each page then takes
	 * milliseconds.
	 */
	@BeforeAll
	static void checker() throws Exception {
		ErrorHandler collect = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				reported.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				reported.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

		};
		validator = new SimpleDocumentValidator(true, false, false);
		validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collect);
		validator.setUpValidatorAndParsers(collect, true, false);
	}

	@Test
	void checkerReportsInvalidMarkup() throws Exception {
		assertThat(errors("broken",
				"<!DOCTYPE html><html lang=en><head><title>x</title></head>"
						+ "<body><img src=a.png><time datetime=soon>x</time></body></html>"))
			.anySatisfy((error) -> assertThat(error).contains("alt"))
			.anySatisfy((error) -> assertThat(error).contains("datetime"));
	}

	@Test
	void everyPageTypeIsValidHtml() throws Exception {
		Http http = new Http(this.port);
		record Page(String path, int status) {
		}
		List<Page> pages = List.of(new Page("/", 200),
				new Page("/articles/sco-summit-putin-calls-for-common-line-on-afghanistan-in-wake-of-us-flight", 200),
				new Page("/articles/troop-withdrawal-completed-ahead-of-schedule", 200),
				new Page("/sections/middle-east", 200), new Page("/tags/d%C3%A9fense", 200), new Page("/search", 200),
				new Page("/search?q=withdrawal", 200), new Page("/search?q=nothingmatchesthis", 200),
				new Page("/search?q=%21%3F", 400), new Page("/subscribe", 200), new Page("/no-such-page", 404),
				new Page("/?page=0", 400));
		List<String> errors = new ArrayList<>();
		for (Page page : pages) {
			HttpResponse<String> response = http.get(page.path());
			assertThat(response.statusCode()).as(page.path()).isEqualTo(page.status());
			errors.addAll(errors(page.path(), response.body()));
		}
		assertThat(errors).isEmpty();
	}

	private static List<String> errors(String path, String html) throws Exception {
		reported.clear();
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setEncoding("UTF-8");
		validator.checkHtmlInputSource(source);
		return reported.stream().map((error) -> path + " " + error).toList();
	}

}
