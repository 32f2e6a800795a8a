package org.gazette;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Attack strings from {@code src/test/resources/xss/markdown-vectors.txt}, one per block
 * between {@code %%} lines: raw HTML, event handlers, URL schemes in mixed case,
 * whitespace and entities, SVG and MathML, reference-style links and flexmark's attribute
 * syntax.
 */
public final class XssVectors {

	private XssVectors() {
	}

	/**
	 * Reads the markdown attack corpus.
	 * @return the vectors
	 */
	public static List<String> markdown() {
		try (InputStream input = XssVectors.class.getResourceAsStream("/xss/markdown-vectors.txt")) {
			String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
			return Arrays.stream(text.split("\n%%\n")).map(String::strip).filter((v) -> !v.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
