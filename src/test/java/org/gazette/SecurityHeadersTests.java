package org.gazette;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.gazette.RawHttp.Response;
import org.gazette.account.AccountService;
import org.gazette.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response carries the security headers: readers' pages, the newsroom,
 * error pages of every status, static assets, photos, feeds, the Actuator, and answers
 * that Tomcat gives before the application sees the request.
 */
@SecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTests {

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	private RawHttp http;

	private String editor;

	private String photo;

	private String stylesheet;

	private String script;

	@BeforeAll
	void findAssets() {
		this.http = new RawHttp(this.port);
		String username = "headers-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, "a-long-password-1", Role.EDITOR);
		this.editor = this.http.signIn(username, "a-long-password-1");
		Document article = Jsoup.parse(this.http.send("GET", "/articles/" + HostileContent.slug(1)).body());
		this.photo = article.selectFirst(".article__image img").attr("src");
		this.stylesheet = article.selectFirst("link[rel=stylesheet]").attr("href");
		Document form = Jsoup.parse(this.http.send("GET", "/admin/articles/new", this.editor).body());
		this.script = form.selectFirst("script[src]").attr("src");
		String token = "_csrf=" + form.selectFirst("input[name=_csrf]").val();
		Response created = this.http.withBody("POST", "/admin/articles", token
				+ "&title=Gone&slug=gone-for-headers&summary=Lead.&body=Text.&section=World&status=PUBLISHED&publishAt=",
				this.editor);
		String edit = created.header("Location").orElseThrow();
		this.http.withBody("POST", edit.substring(edit.indexOf("/admin/")).replace("/edit", "/delete"), token,
				this.editor);
		assertThat(this.http.send("GET", "/articles/gone-for-headers").status()).isEqualTo(410);
	}

	Stream<Arguments> responses() {
		List<Arguments> all = new ArrayList<>();
		for (String path : List.of("/", "/?page=2", "/articles/" + HostileContent.slug(1), "/tags/hostile",
				"/search?q=paragraph", "/subscribe", "/login", "/feed.xml", "/tags/hostile/feed.xml", "/sitemap.xml",
				"/news-sitemap.xml", "/robots.txt", "/nowhere", "/articles/no-such-story", "/articles/gone-for-headers",
				"/?page=abc", "/search?q=%21%21", "/media/..%2F..%2Fetc%2Fpasswd", "/media/nothing.png",
				"/actuator/health", "/actuator/info", "/actuator/env", "/actuator/prometheus", "/admin")) {
			all.add(Arguments.of("GET", path, false));
		}
		all.add(Arguments.of("GET", this.photo, false));
		all.add(Arguments.of("GET", this.stylesheet, false));
		all.add(Arguments.of("GET", this.script, false));
		all.add(Arguments.of("GET", "/js/no-such-script.js", false));
		for (String path : List.of("/admin", "/admin/articles/new", "/admin/media", "/admin/accounts", "/admin/preview",
				"/admin/articles/999999/edit")) {
			all.add(Arguments.of("GET", path, true));
		}
		all.add(Arguments.of("POST", "/admin/preview", true));
		all.add(Arguments.of("POST", "/login", false));
		all.add(Arguments.of("DELETE", "/", false));
		all.add(Arguments.of("TRACE", "/", false));
		all.add(Arguments.of("GET", "/a%zz", false));
		all.add(Arguments.of("GET", "/a\\b", false));
		return all.stream();
	}

	@ParameterizedTest(name = "{0} {1} (signed in: {2})")
	@MethodSource("responses")
	void responseCarriesTheSecurityHeaders(String method, String path, boolean signedIn) {
		Response response = signedIn ? this.http.send(method, path, this.editor) : this.http.send(method, path);
		assertThat(response.header("Content-Security-Policy")).as(response.status() + " " + response.headers())
			.hasValueSatisfying((policy) -> assertThat(policy).contains("frame-ancestors 'none'")
				.contains("script-src 'self'")
				.contains("object-src 'none'")
				.contains("base-uri 'self'")
				.doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(response.header("X-Content-Type-Options")).as(response.status() + " " + response.headers())
			.contains("nosniff");
		assertThat(response.header("Referrer-Policy")).as(response.status() + " " + response.headers())
			.contains("strict-origin-when-cross-origin");
		assertThat(response.header("X-Frame-Options")).as(response.status() + " " + response.headers())
			.contains("DENY");
		assertThat(response.headers()).filteredOn((line) -> line.startsWith("Content-Security-Policy:"))
			.as("one policy, not two that a browser would combine")
			.hasSize(1);
	}

}
