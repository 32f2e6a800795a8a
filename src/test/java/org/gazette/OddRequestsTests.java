package org.gazette;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.gazette.RawHttp.Response;
import org.gazette.Routes.Route;
import org.gazette.account.AccountService;
import org.gazette.account.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Odd addresses and parameters over every route, sent byte for byte over a socket so that
 * Tomcat's own handling is part of the test: path traversal, encoded slashes and dots,
 * NUL, invalid UTF-8, overlong paths and queries, CR/LF, huge, negative and non-numeric
 * numbers, repeated parameters. None may cause a 500, leak a stack trace, an exception or
 * SQL, reflect markup unescaped or inject a header; an error is a page of the site.
 */
@SecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OddRequestsTests {

	/**
	 * Odd values, as they go on the wire. None names a real article once decoded: the
	 * walk posts to every route, delete and purge included.
	 */
	static final List<String> ODD = List.of("../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd",
			"%2e%2e/%2e%2e/etc/passwd", "%252e%252e%252fetc%252fpasswd", "..%5c..%5cwindows%5cwin.ini",
			"..\\..\\windows", "a%2fb", "photo.png%00.html", "%ff%fe", "%c0%ae%c0%ae%c0%af", "%zz",
			"%0d%0aX-Injected:%20yes", "99999999999999999999", "-1", "abc", "%2099999",
			"%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", ";jsessionid=x",
			"//evil.example", "x".repeat(9000));

	/** The odd values that matter as parameters, for routes with no path variable. */
	static final List<String> ODD_PARAMETERS = List.of("99999999999999999999", "-1", "abc", "%ff%fe", "%zz",
			"%0d%0aX-Injected:%20yes", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "../../../etc/passwd", "x".repeat(9000));

	/** Leaks that no answer may carry. */
	private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "Caused by", "Whitelabel",
			"org.hibernate", "SQLState", "SQL statement", "jdbc:", "Apache Tomcat");

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private RequestMappingHandlerMapping requestMappingHandlerMapping;

	private RawHttp http;

	/** A few clients at once, as browsers would be: the walk takes less time. */
	private final ExecutorService clients = Executors.newFixedThreadPool(4);

	private String admin;

	private String csrf;

	@BeforeAll
	void signIn() {
		this.http = new RawHttp(this.port);
		String username = "odd-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "a-long-password-1", Role.ADMIN);
		this.admin = this.http.signIn(username, "a-long-password-1");
		this.csrf = Jsoup.parse(this.http.send("GET", "/admin/articles/new", this.admin).body())
			.selectFirst("input[name=_csrf]")
			.val();
	}

	@AfterAll
	void stopClients() {
		this.clients.shutdownNow();
	}

	@TestFactory
	Stream<DynamicNode> oddValuesOverEveryRoute() {
		return routes().stream().map((route) -> DynamicTest.dynamicTest(route.method() + " " + route.pattern(), () -> {
			List<Callable<List<String>>> requests = new ArrayList<>();
			for (String odd : route.pattern().contains("{") ? ODD : ODD_PARAMETERS) {
				requests.add(() -> problems(route, odd));
			}
			requests.add(() -> problems(route, "1&page=1&page=2&q=a&q=b&status=a&status=b&page[]=1"));
			List<String> problems = new ArrayList<>();
			if (route.method() == RequestMethod.GET) {
				for (Future<List<String>> answer : this.clients.invokeAll(requests)) {
					problems.addAll(answer.get());
				}
			}
			else {
				// One at a time: this walk is about odd input, not two requests racing
				// in one session.
				for (Callable<List<String>> request : requests) {
					problems.addAll(request.call());
				}
			}
			assertThat(problems).isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicNode> oddRequestLines() {
		return Stream
			.of("/" + "x".repeat(9000), "/?" + "q=" + "a".repeat(9000), "/media/../../etc/passwd", "/media/..%2f..",
					"/media/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/media/a%00.png", "/media/\\..\\..\\windows",
					"/articles/%ff%fe", "/articles/%c0%ae%c0%ae", "/%2e%2e/%2e%2e/etc/passwd", "/./admin",
					"/admin/../admin", "/Admin", "/ADMIN/articles/new", "/admin;x=1", "/admin%2f", "/admin/",
					"/.git/config", "/WEB-INF/web.xml", "/search?q=%0d%0aSet-Cookie:%20a=b", "/?page=%0d%0a")
			.map((target) -> DynamicTest.dynamicTest(target.length() > 80 ? target.substring(0, 80) + "…" : target,
					() -> assertThat(problems(target, this.http.send("GET", target))).isEmpty()));
	}

	private List<String> problems(Route route, String odd) {
		String path = route.pattern().replaceAll("\\{[^}]+}", odd.replace("\\", "\\\\").replace("$", "\\$"));
		String query = "page=" + odd + "&q=" + odd + "&status=" + odd + "&autosave=" + odd;
		Response response;
		if (route.method() == RequestMethod.POST) {
			response = this.http.withBody("POST", path + "?" + query, query + "&_csrf=" + this.csrf + "&title=" + odd
					+ "&body=" + odd + "&slug=" + odd + "&username=" + odd, this.admin);
		}
		else {
			response = this.http.send(route.method().name(), path + "?" + query, this.admin);
		}
		return problems(route.method() + " " + path + "?" + query, response);
	}

	private static List<String> problems(String request, Response response) {
		String what = (request.length() > 120) ? request.substring(0, 120) + "…" : request;
		List<String> problems = new ArrayList<>();
		if (response.status() >= 500) {
			problems.add(what + " answered " + response.status());
		}
		// Metrics name exceptions by design, and an export is a download of what was
		// written.
		boolean data = request.contains("/actuator/prometheus")
				|| response.header("Content-Disposition").orElse("").startsWith("attachment");
		for (String leak : data ? List.<String>of() : LEAKS) {
			if (response.body().contains(leak)) {
				problems.add(what + " leaked \"" + leak + "\"");
			}
		}
		if (!data && (response.body().contains("<script>alert(1)") || response.body().contains("<img src=x onerror"))) {
			problems.add(what + " reflected markup unescaped");
		}
		if (response.headers().stream().anyMatch((line) -> line.startsWith("X-Injected") || line.startsWith("a=b"))
				|| response.header("Set-Cookie").orElse("").startsWith("a=")) {
			problems.add(what + " let a header in: " + response.headers());
		}
		if (response.status() >= 400 && response.header("Content-Type").orElse("").startsWith("text/html")
				&& !response.body().contains("class=\"site-name\"")) {
			problems.add(what + " answered " + response.status() + " without the site's error page");
		}
		response.header("Location")
			.filter((location) -> !location.startsWith("/") || location.startsWith("//"))
			.filter((location) -> !location.startsWith("http://localhost:"))
			.ifPresent((location) -> problems.add(what + " redirected off the site, to " + location));
		return problems;
	}

	/**
	 * Every route the application maps, reader's and editor's alike, plus the Actuator's;
	 * a route added tomorrow is walked too. Signing out is left out, as it would end the
	 * session the walk uses.
	 */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>(Routes.of(this.requestMappingHandlerMapping, "/"));
		for (String actuator : List.of("/actuator/health", "/actuator/health/{group}", "/actuator/info",
				"/actuator/prometheus", "/actuator/{endpoint}", "/css/{asset}", "/js/{asset}")) {
			routes.add(new Route(RequestMethod.GET, actuator));
		}
		routes.removeIf((route) -> route.pattern().equals("/logout"));
		return routes;
	}

}
