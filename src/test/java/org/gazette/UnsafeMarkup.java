package org.gazette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds markup in rendered article HTML that a browser would run: script-bearing
 * elements, event handlers, inline styles and dangerous URL schemes, read the way a
 * browser reads them.
 */
public final class UnsafeMarkup {

	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset",
			"object", "embed", "applet", "svg", "math", "form", "input", "button", "textarea", "select", "base", "link",
			"meta", "template", "details", "video", "audio", "source", "body", "html");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "cite", "action", "formaction",
			"data", "poster", "background", "xlink:href", "ping", "longdesc", "usemap");

	private static final List<String> DANGEROUS_SCHEMES = List.of("javascript:", "vbscript:", "data:");

	private UnsafeMarkup() {
	}

	/**
	 * Lists what would run in an HTML fragment, such as a rendered article body.
	 * @param html the fragment
	 * @return one line per problem, empty when the fragment is inert
	 */
	public static List<String> inFragment(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		List<String> problems = new ArrayList<>();
		for (Element element : document.body().getAllElements()) {
			if (element != document.body() && FORBIDDEN_ELEMENTS.contains(element.normalName())) {
				problems.add("element <" + element.normalName() + ">");
			}
			problems.addAll(inAttributes(element));
		}
		return problems;
	}

	/**
	 * Lists event handlers, inline styles and dangerous URLs on one element.
	 * @param element the element
	 * @return one line per problem
	 */
	public static List<String> inAttributes(Element element) {
		List<String> problems = new ArrayList<>();
		for (Attribute attribute : element.attributes()) {
			String name = attribute.getKey().toLowerCase(Locale.ROOT);
			if (name.startsWith("on")) {
				problems.add("event handler " + name + " on <" + element.normalName() + ">");
			}
			if (name.equals("style") || name.equals("srcdoc")) {
				problems.add("attribute " + name + " on <" + element.normalName() + ">");
			}
			if (URL_ATTRIBUTES.contains(name) && isDangerousUrl(attribute.getValue())) {
				problems.add("dangerous URL in " + name + "=\"" + attribute.getValue() + "\"");
			}
		}
		return problems;
	}

	/**
	 * Tells whether a URL would run script or load inline content, as a browser reads it:
	 * control characters and whitespace are ignored, case does not matter.
	 * @param url the attribute value, entities already decoded
	 * @return whether it is dangerous
	 */
	public static boolean isDangerousUrl(String url) {
		StringBuilder normalised = new StringBuilder();
		url.codePoints().filter((c) -> c > 0x20 && !(c >= 0x7f && c <= 0x9f)).forEach(normalised::appendCodePoint);
		String value = normalised.toString().toLowerCase(Locale.ROOT);
		for (String candidate : value.split(",")) {
			String trimmed = candidate.strip();
			for (String scheme : DANGEROUS_SCHEMES) {
				if (trimmed.startsWith(scheme) || value.startsWith(scheme)) {
					return true;
				}
			}
		}
		return false;
	}

}
