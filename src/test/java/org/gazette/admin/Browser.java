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

import org.gazette.Multipart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser for end-to-end tests, without JavaScript: it keeps cookies, follows
 * no redirect by itself, and sends the CSRF token of the last page it saw, as a form on
 * that page would.
 */
public final class Browser {

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	private String csrf;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET());
	}

	/**
	 * Follows redirects the way a browser would, to the page at the end.
	 */
	public Page follow(Page page) {
		Page current = page;
		for (int hops = 0; current.isRedirect() && hops < 5; hops++) {
			current = get(current.location().replace(this.base, ""));
		}
		return current;
	}

	public Page post(String path, Map<String, String> fields) {
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

	public Page signIn(String username, String password) {
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
	public static Map<String, String> fieldsOf(Element form) {
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

	/**
	 * Sends a request built elsewhere, with this browser's cookies.
	 */
	public Page send(HttpRequest.Builder request) {
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

	/**
	 * Uploads a multipart form with the CSRF token of the last page seen.
	 */
	public Page upload(String path, Multipart form) {
		if (this.csrf != null) {
			form.field("_csrf", this.csrf);
		}
		return send(
				form.post(URI.create(this.base + path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
	}

	/**
	 * The CSRF token of the last page seen.
	 */
	public String csrf() {
		return this.csrf;
	}

	/**
	 * The absolute address of a path on the application.
	 */
	public URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A response as the browser got it.
	 */
	public record Page(HttpResponse<String> response) {

		public int status() {
			return this.response.statusCode();
		}

		public String body() {
			return this.response.body();
		}

		public Document document() {
			return Jsoup.parse(body());
		}

		public boolean isRedirect() {
			return status() / 100 == 3;
		}

		public String location() {
			return this.response.headers().firstValue("Location").orElse("");
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse("");
		}

		public Element form(String selector) {
			return document().selectFirst(selector);
		}

	}

}
