package org.gazette.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The raster formats Gazette accepts, recognised by their first bytes.
 */
enum ImageFormat {

	PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), GIF("image/gif", "gif"), WEBP("image/webp", "webp");

	private final String contentType;

	private final String extension;

	ImageFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	boolean mayBeAnimated() {
		return this == GIF || this == WEBP;
	}

	/**
	 * Says what refused bytes look like, so that an editor who picked the wrong file
	 * learns which one it was.
	 */
	static String describeUnaccepted(byte[] data) {
		String start = new String(data, 0, Math.min(data.length, 1024), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		if (start.contains("<svg")) {
			return "is not a PNG, JPEG, GIF or WebP image: it is an SVG drawing, which may carry scripts";
		}
		if (start.contains("<html") || start.contains("<!doctype") || start.contains("<script")) {
			return "is not a PNG, JPEG, GIF or WebP image: it is an HTML page";
		}
		return "is not a PNG, JPEG, GIF or WebP image";
	}

	static ImageFormat sniff(byte[] data) {
		if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (startsWith(data, 0, 'G', 'I', 'F', '8')) {
			return GIF;
		}
		if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
			return WEBP;
		}
		return null;
	}

	private static boolean startsWith(byte[] data, int offset, int... signature) {
		if (data.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((data[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
