package org.gazette.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code GAZETTE_ADMIN_PASSWORD} the first account gets a random password, logged
 * once, that signs in over real HTTP; the session cookie is HttpOnly, SameSite=Lax, and
 * Secure behind an HTTPS proxy.
 */
// A context of its own (the property is the default), so that its start-up log is
// captured here.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gazette.admin.username=admin")
@ExtendWith(OutputCaptureExtension.class)
class FirstAccountIntegrationTests {

	private static final Pattern GENERATED = Pattern
		.compile("Created the first editor account 'admin' \\(admin\\) with the password: (\\S+)");

	@LocalServerPort
	private int port;

	@Test
	void generatedPasswordIsLoggedOnceAndSignsIn(CapturedOutput output) throws Exception {
		Matcher matcher = GENERATED.matcher(output.getOut() + output.getErr());
		assertThat(matcher.find()).as("the generated password is logged").isTrue();
		String password = matcher.group(1);
		assertThat(matcher.find()).as("and only once").isFalse();

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
		String csrf = Jsoup.parse(loginPage).selectFirst("input[name=_csrf]").val();
		HttpResponse<String> signIn = browser.send(
				post("/login", "username=admin&password=" + encode(password) + "&_csrf=" + encode(csrf)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		HttpResponse<String> accounts = browser.send(get("/admin/accounts").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(accounts.statusCode()).isEqualTo(200);
		assertThat(accounts.body()).contains("Editor accounts");
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		List<String> cookies = HttpClient.newHttpClient()
			.send(get("/login").build(), HttpResponse.BodyHandlers.discarding())
			.headers()
			.allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=")
			.contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure"));
	}

	@Test
	void sessionCookieIsSecureBehindAnHttpsProxy() throws Exception {
		List<String> cookies = HttpClient.newHttpClient()
			.send(get("/login").header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding())
			.headers()
			.allValues("Set-Cookie");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder post(String path, String form) {
		return get(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
