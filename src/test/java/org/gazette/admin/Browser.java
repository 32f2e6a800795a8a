package org.gazette.admin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser for end-to-end tests, without JavaScript: it keeps cookies, follows
 * no redirect by itself, and sends the CSRF token of the last page it saw, as a form on
 * that page would.
 */
final class Browser {

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	private String csrf;

	Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET());
	}

	/**
	 * Follows redirects the way a browser would, to the page at the end.
	 */
	Page follow(Page page) {
		Page current = page;
		for (int hops = 0; current.isRedirect() && hops < 5; hops++) {
			current = get(current.location().replace(this.base, ""));
		}
		return current;
	}

	Page post(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrf != null) {
			form.putIfAbsent("_csrf", this.csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Page signIn(String username, String password) {
		get("/login");
		Page signedIn = post("/login", Map.of("username", username, "password", password));
		// Signing in changes the session, and with it the CSRF token the next form
		// carries.
		get("/admin");
		return signedIn;
	}

	/**
	 * The fields a form would send as it stands: text, the checked radio buttons and
	 * boxes.
	 */
	static Map<String, String> fieldsOf(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String type = input.attr("type");
			if (input.hasAttr("disabled") || type.equals("submit")
					|| ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked"))) {
				continue;
			}
			String value = switch (input.normalName()) {
				case "textarea" -> input.wholeText().replaceFirst("^\n", "");
				case "select" -> {
					Element selected = input.selectFirst("option[selected]");
					yield (selected != null) ? selected.val() : "";
				}
				default -> input.val();
			};
			fields.put(input.attr("name"), value);
		}
		return fields;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Page page = new Page(response);
			Element token = page.document().selectFirst("input[name=_csrf], meta[name=_csrf]");
			if (token != null) {
				this.csrf = token.hasAttr("content") ? token.attr("content") : token.val();
			}
			return page;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A response as the browser got it.
	 */
	record Page(HttpResponse<String> response) {

		int status() {
			return this.response.statusCode();
		}

		String body() {
			return this.response.body();
		}

		Document document() {
			return Jsoup.parse(body());
		}

		boolean isRedirect() {
			return status() / 100 == 3;
		}

		String location() {
			return this.response.headers().firstValue("Location").orElse("");
		}

		String header(String name) {
			return this.response.headers().firstValue(name).orElse("");
		}

		Element form(String selector) {
			return document().selectFirst(selector);
		}

	}

}
