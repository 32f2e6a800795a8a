package org.gazette.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run on the page a browser shows. The script is
 * {@code axe.min.js} of the npm package {@code axe-core} 4.11.1, taken from the Maven
 * artifact {@code com.deque.html.axe-core:selenium} that carries it unchanged (its
 * SHA-256 is checked against the npm package's), and injected by the test: the
 * application's Content-Security-Policy is not loosened for it.
 */
final class Axe {

	static final String VERSION = "4.11.1";

	/** SHA-256 of {@code package/axe.min.js} in {@code axe-core-4.11.1.tgz} from npm. */
	private static final String SHA_256 = "7dbfabdfc6062936d79c873ddbb5f811a1219fca3928bd8cc9dd81f1e65f4720";

	private static final String SOURCE = load();

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
				done(results.violations.map(function (violation) {
					return {
						id: violation.id,
						impact: violation.impact || '',
						help: violation.help,
						nodes: violation.nodes.map(function (node) {
							return node.target.join(' ') + ': '
								+ (node.failureSummary || '').replace(/\\s+/g, ' ');
						})
					};
				}));
			}, function (error) {
				done([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }]);
			});
			""";

	private Axe() {
	}

	/**
	 * Runs every rule axe runs by default (WCAG 2.0–2.2 A and AA, and best practices) on
	 * the page shown.
	 * @param browser the browser
	 * @return the violations of serious or critical impact, one line each with the
	 * elements concerned
	 */
	static List<String> seriousViolations(WebDriver browser) {
		return violations(browser).stream()
			.filter((violation) -> violation.isSerious())
			.map(Violation::toString)
			.toList();
	}

	@SuppressWarnings("unchecked")
	static List<Violation> violations(WebDriver browser) {
		JavascriptExecutor script = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
			script.executeScript(SOURCE);
			Object version = script.executeScript("return axe.version;");
			if (!VERSION.equals(version)) {
				throw new IllegalStateException("axe-core " + VERSION + " expected, " + version + " injected");
			}
		}
		List<Map<String, Object>> found = (List<Map<String, Object>>) script.executeAsyncScript(RUN);
		String page = browser.getCurrentUrl();
		return found.stream()
			.map((violation) -> new Violation(page, (String) violation.get("id"), (String) violation.get("impact"),
					(String) violation.get("help"), (List<String>) violation.get("nodes")))
			.toList();
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException(
						"axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
			}
			byte[] bytes = in.readAllBytes();
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			if (!SHA_256.equals(sha)) {
				throw new IllegalStateException("axe.min.js is not npm axe-core " + VERSION + "'s: SHA-256 " + sha);
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Violation(String page, String id, String impact, String help, List<String> nodes) {

		boolean isSerious() {
			return "serious".equals(this.impact) || "critical".equals(this.impact);
		}

		@Override
		public String toString() {
			return this.page + " [" + this.impact + "] " + this.id + " (" + this.help + "): "
					+ String.join(" | ", this.nodes);
		}

	}

}
