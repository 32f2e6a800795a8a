package org.gazette;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body, which {@link HttpClient} does not build itself.
 */
public final class Multipart {

	private final String boundary = "gazette-" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	/**
	 * Adds a text field.
	 * @param name the field's name
	 * @param value its value
	 * @return this body
	 */
	public Multipart field(String name, String value) {
		part("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
		this.body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
		this.body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/**
	 * Adds a file.
	 * @param name the field's name
	 * @param fileName the name the file had on the sender's disk
	 * @param content its bytes
	 * @return this body
	 */
	public Multipart file(String name, String fileName, byte[] content) {
		part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n");
		this.body.writeBytes(content);
		this.body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/**
	 * A POST of this body.
	 * @param uri where to
	 * @return the request, to add headers to
	 */
	public HttpRequest.Builder post(URI uri) {
		byte[] bytes = this.body.toByteArray();
		byte[] end = ("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] all = Arrays.copyOf(bytes, bytes.length + end.length);
		System.arraycopy(end, 0, all, bytes.length, end.length);
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "multipart/form-data; boundary=" + this.boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(all));
	}

	private void part(String headers) {
		this.body.writeBytes(("--" + this.boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
	}

}
