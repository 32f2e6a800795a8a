package org.gazette;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser-like client for the application under test: real HTTP, pages parsed with
 * jsoup.
 */
public final class Http {

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	public Http(int port) {
		this.port = port;
	}

	/**
	 * Fetches a path as a browser would.
	 * @param path the path and query, already encoded
	 * @return the response
	 */
	public HttpResponse<String> get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(path + " could not be fetched", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(path + " was interrupted", ex);
		}
	}

	/**
	 * Fetches a page that must answer 200 and parses it.
	 * @param path the path and query, already encoded
	 * @return the page
	 */
	public Document page(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body(), "http://localhost:" + this.port + path);
	}

}
