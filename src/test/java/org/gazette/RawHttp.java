package org.gazette;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP over a plain socket, byte for byte as written: for request lines and headers that
 * HTTP clients refuse or normalise (invalid escapes, raw bytes, backslashes, CR/LF), so
 * that tests see what Tomcat itself answers.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends a request with no body.
	 * @param method the method
	 * @param target the request target exactly as it goes on the wire
	 * @param headers extra header lines, {@code Name: value}
	 * @return the response
	 */
	public Response send(String method, String target, String... headers) {
		return withBody(method, target, null, headers);
	}

	/**
	 * Sends a request. HTTP/1.0, so that the answer is never chunked and the connection
	 * closes after it.
	 * @param method the method
	 * @param target the request target exactly as it goes on the wire
	 * @param body a form body, or {@code null}
	 * @param headers extra header lines, {@code Name: value}
	 * @return the response
	 */
	public Response withBody(String method, String target, String body, String... headers) {
		StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.0\r\n");
		request.append("Host: localhost:").append(this.port).append("\r\n");
		request.append("Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (body != null) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\n");
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream output = socket.getOutputStream();
			try {
				// ISO-8859-1: each char of the target is one byte, as a raw client sends
				// it.
				output.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
				output.write(content);
				output.flush();
			}
			catch (IOException ex) {
				// Refused before it was all sent (too long, say): read the answer.
			}
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + target, ex);
		}
	}

	/**
	 * Signs in through the login form.
	 * @param username the account
	 * @param password its password
	 * @return the {@code Cookie} header line of the signed-in session
	 */
	public String signIn(String username, String password) {
		Response login = send("GET", "/login");
		String cookie = "Cookie: " + login.header("Set-Cookie").orElseThrow().split(";")[0];
		String token = org.jsoup.Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
		Response signedIn = withBody("POST", "/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token), cookie);
		if (signedIn.status() != 302 || !signedIn.header("Location").orElse("").endsWith("/admin")) {
			throw new IllegalStateException("sign-in failed: " + signedIn);
		}
		return "Cookie: "
				+ signedIn.header("Set-Cookie").map((value) -> value.split(";")[0]).orElse(cookie.substring(8));
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static byte[] readAll(InputStream input) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			input.transferTo(bytes);
		}
		catch (IOException ex) {
			// A server may reset a connection whose request it refused: keep what came.
			if (bytes.size() == 0) {
				throw ex;
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * A response as it came off the wire.
	 *
	 * @param status the status code
	 * @param headers the header lines, {@code Name: value}
	 * @param body the body, read as UTF-8
	 */
	public record Response(int status, List<String> headers, String body) {

		static Response parse(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
			byte[] body = (end >= 0) ? java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length) : new byte[0];
			return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		/**
		 * The first value of a header.
		 * @param name its name, in any case
		 * @return the value
		 */
		public Optional<String> header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.headers.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.findFirst();
		}

	}

}
