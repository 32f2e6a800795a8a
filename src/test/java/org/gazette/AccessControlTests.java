package org.gazette;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.gazette.RawHttp.Response;
import org.gazette.Routes.Route;
import org.gazette.account.AccountService;
import org.gazette.account.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, over real HTTP: every newsroom route (read from the application's own
 * mappings, so a route added tomorrow is covered) refuses a stranger; account management
 * is for admins and deleting for editors; every state-changing request needs its CSRF
 * token; the Actuator shows only health and info; signing in cannot be guessed at
 * forever, and cannot send anyone off the site.
 */
@SecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTests {

	private static final String PASSWORD = "a-long-password-1";

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	@Autowired
	private RequestMappingHandlerMapping requestMappingHandlerMapping;

	private RawHttp http;

	/** An imported article's edit page, for routes that need an id. */
	private String articleId;

	@BeforeAll
	void findAnArticle() {
		this.http = new RawHttp(this.port);
		String editor = signedIn(Role.EDITOR);
		String list = this.http.send("GET", "/admin?status=published", editor).body();
		String edit = Jsoup.parse(list).selectFirst("a[href^=/admin/articles/][href$=/edit]").attr("href");
		this.articleId = edit.replaceAll("\\D", "");
	}

	@TestFactory
	Stream<DynamicNode> strangerIsSentToSignInFromEveryNewsroomRoute() {
		Response login = this.http.send("GET", "/login");
		String cookie = "Cookie: " + login.header("Set-Cookie").orElseThrow().split(";")[0];
		String token = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
		return adminRoutes().stream().map((route) -> DynamicTest.dynamicTest(route.toString(), () -> {
			String path = path(route.pattern());
			Response response = (route.method() == RequestMethod.POST)
					? this.http.withBody("POST", path, "_csrf=" + encode(token) + "&title=x", cookie)
					: this.http.send(route.method().name(), path);
			assertThat(response.status()).as(path).isIn(302, 401, 403, 404);
			if (response.status() == 302) {
				assertThat(response.header("Location")).as(path)
					.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
			}
			assertThat(response.body()).doesNotContain("Newsroom", "article-form");
		}));
	}

	@TestFactory
	Stream<DynamicNode> everyStateChangingRouteNeedsItsCsrfToken() {
		String admin = signedIn(Role.ADMIN);
		Stream<Route> posts = adminRoutes().stream().filter((route) -> route.method() != RequestMethod.GET);
		return Stream.concat(posts, Stream.of(new Route(RequestMethod.POST, "/logout")))
			.map((route) -> DynamicTest.dynamicTest(route.toString(), () -> {
				Response response = this.http.withBody(route.method().name(), path(route.pattern()),
						"title=x&status=PUBLISHED", admin);
				assertThat(response.status()).isEqualTo(403);
			}));
	}

	@Test
	void signingInNeedsItsCsrfTokenToo() {
		Response response = this.http.withBody("POST", "/login", "username=nobody&password=" + PASSWORD);
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void onlyAdminsManageAccounts() {
		for (Role role : List.of(Role.CONTRIBUTOR, Role.EDITOR)) {
			String session = signedIn(role);
			assertThat(this.http.send("GET", "/admin/accounts", session).status()).as(role.name()).isEqualTo(403);
			Response create = this.http.withBody("POST", "/admin/accounts",
					"username=intruder-" + role.name().toLowerCase() + "&role=ADMIN&_csrf=" + encode(csrf(session)),
					session);
			assertThat(create.status()).as(role.name()).isEqualTo(403);
		}
		String admin = signedIn(Role.ADMIN);
		Response accounts = this.http.send("GET", "/admin/accounts", admin);
		assertThat(accounts.status()).isEqualTo(200);
		assertThat(accounts.body()).doesNotContain("intruder-");
	}

	@Test
	void contributorCannotUnpublishDeleteOrPurge() {
		String contributor = signedIn(Role.CONTRIBUTOR);
		var row = Jsoup.parse(this.http.send("GET", "/admin?status=published", signedIn(Role.EDITOR)).body())
			.select("tr:has(a[href^=/articles/]):has(a[href$=/edit])")
			.first();
		String article = row.selectFirst("a[href^=/articles/]").attr("href");
		String id = row.selectFirst("a[href$=/edit]").attr("href").replaceAll("\\D", "");
		for (String action : List.of("unpublish", "delete", "purge")) {
			this.http.withBody("POST", "/admin/articles/" + id + "/" + action, "_csrf=" + encode(csrf(contributor)),
					contributor);
			assertThat(this.http.send("GET", article).status()).as(action).isEqualTo(200);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings",
			"/actuator/metrics", "/actuator/conditions", "/actuator/scheduledtasks", "/actuator/sessions",
			"/actuator/flyway", "/actuator/caches", "/actuator/startup", "/actuator/sbom", "/actuator/shutdown",
			"/actuator/httpexchanges", "/actuator/auditevents", "/actuator/logfile", "/actuator/health/db" })
	void actuatorShowsNothingButHealthAndInfo(String path) {
		Response anonymous = this.http.send("GET", path);
		assertThat(anonymous.status()).isIn(403, 404);
		assertThat(this.http.send("GET", path, signedIn(Role.ADMIN)).status()).isIn(403, 404);
		assertThat(this.http.withBody("POST", path, "configuredLevel=DEBUG").status()).isIn(403, 404, 405);
	}

	@Test
	void metricsAreRefusedToAddressesNotAllowed() {
		assertThat(this.http.send("GET", "/actuator/prometheus").status()).isEqualTo(200);
		assertThat(this.http.send("GET", "/actuator/prometheus", "X-Forwarded-For: 203.0.113.7").status())
			.isEqualTo(403);
	}

	@Test
	void wrongPasswordsLockTheUsernameWhateverItsCaseAndAddress() {
		String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			String spelling = (i % 2 == 0) ? username.toUpperCase() : username;
			assertThat(signIn(spelling, "guess-" + i, "198.51.100." + i)).endsWith("/login?error");
		}
		assertThat(signIn(username, PASSWORD, "198.51.100.99")).endsWith("/login?throttled");
	}

	@Test
	void wrongPasswordsLockTheAddressForEveryUsername() {
		String username = "address-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("nobody-" + i, "guess", "192.0.2.44")).endsWith("/login?error");
		}
		assertThat(signIn(username, PASSWORD, "192.0.2.44")).endsWith("/login?throttled");
		assertThat(signIn(username, PASSWORD, "192.0.2.45")).endsWith("/admin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin?continue=https://evil.example", "/admin?continue=//evil.example",
			"/admin/articles/new?redirect=https://evil.example&continue=javascript:alert(1)", "//evil.example/admin",
			"/admin//evil.example", "/admin/%2F%2Fevil.example", "/admin/%5Cevil.example",
			"/login?continue=https://evil.example", "/login?redirect=//evil.example&continue",
			"/admin?continue=%2F%5Cevil.example" })
	void signingInNeverRedirectsOffTheSite(String target) {
		String username = "redirect-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, Role.EDITOR);
		Response first = this.http.send("GET", target);
		String cookie = first.header("Set-Cookie").map((value) -> "Cookie: " + value.split(";")[0]).orElse(null);
		Response login = (cookie != null) ? this.http.send("GET", "/login", cookie) : this.http.send("GET", "/login");
		if (cookie == null) {
			cookie = "Cookie: " + login.header("Set-Cookie").orElseThrow().split(";")[0];
		}
		String token = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
		Response signedIn = this.http.withBody("POST", "/login",
				"username=" + username + "&password=" + PASSWORD + "&_csrf=" + encode(token), cookie);
		assertThat(signedIn.status()).isEqualTo(302);
		String location = signedIn.header("Location").orElseThrow();
		String path = location.replaceFirst("^http://localhost:" + this.port, "").split("\\?")[0];
		assertThat(path).as(location).matches("/[^/\\\\].*").doesNotContain("evil.example", "javascript:");
	}

	private String signIn(String username, String password, String address) {
		Response login = this.http.send("GET", "/login");
		String cookie = "Cookie: " + login.header("Set-Cookie").orElseThrow().split(";")[0];
		String token = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
		return this.http
			.withBody("POST", "/login",
					"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token),
					cookie, "X-Forwarded-For: " + address)
			.header("Location")
			.orElse("");
	}

	private String signedIn(Role role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, role);
		return this.http.signIn(username, PASSWORD);
	}

	private String csrf(String session) {
		return Jsoup.parse(this.http.send("GET", "/admin/account/password", session).body())
			.selectFirst("input[name=_csrf]")
			.val();
	}

	private String path(String pattern) {
		return pattern.replace("{id}", this.articleId).replaceAll("\\{[^}]+}", "1");
	}

	private List<Route> adminRoutes() {
		List<Route> routes = Routes.of(this.requestMappingHandlerMapping, "/admin");
		assertThat(routes).as("the newsroom's routes").hasSizeGreaterThan(20);
		return routes;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
