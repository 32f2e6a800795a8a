package org.gazette;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

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

	/** What no page of the site contains, whoever wrote what. */
	private static final Set<String> FORBIDDEN_ON_PAGES = Set.of("iframe", "frame", "frameset", "object", "embed",
			"applet", "base", "svg", "math", "template");

	/** Atom text constructs that carry HTML as text. */
	private static final Set<String> ATOM_TEXT = Set.of("title", "subtitle", "summary", "content", "rights");

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	/**
	 * Lists what would run in a whole page of the site: any script but the site's own
	 * static files and JSON-LD data that parses as JSON (one that a headline closed early
	 * does not), framing and plug-in elements, {@code <base>}, {@code <meta
	 * http-equiv>}, event handlers, and dangerous URLs in links, sources, form targets
	 * and styles.
	 * @param page the page as a browser parses it
	 * @return one line per problem, empty when the page is inert
	 */
	public static List<String> inPage(Document page) {
		List<String> problems = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			String name = element.normalName();
			if (name.equals("script")) {
				problems.addAll(inScript(element));
			}
			if (FORBIDDEN_ON_PAGES.contains(name) || (name.equals("meta") && element.hasAttr("http-equiv"))) {
				problems.add("element <" + name + "> " + element.outerHtml());
			}
			for (Attribute attribute : element.attributes()) {
				String key = attribute.getKey().toLowerCase(Locale.ROOT);
				if (key.startsWith("on") || key.equals("srcdoc")) {
					problems.add("attribute " + key + " on <" + name + ">");
				}
				if (URL_ATTRIBUTES.contains(key) && isDangerousUrl(attribute.getValue())) {
					problems.add("dangerous URL in " + key + "=\"" + attribute.getValue() + "\" on <" + name + ">");
				}
				if (key.equals("style") && isDangerousStyle(attribute.getValue())) {
					problems.add("dangerous style=\"" + attribute.getValue() + "\" on <" + name + ">");
				}
			}
		}
		return problems;
	}

	private static List<String> inScript(Element script) {
		if (script.hasAttr("src")) {
			String src = script.attr("src");
			boolean own = src.startsWith("/js/") && !src.contains("//") && script.data().isBlank();
			return own ? List.of() : List.of("script not the site's own: " + script.outerHtml());
		}
		if (script.attr("type").equals("application/ld+json")) {
			try {
				JSON.readTree(script.data());
				return List.of();
			}
			catch (JacksonException ex) {
				return List.of("JSON-LD that does not parse (closed early?): " + script.data());
			}
		}
		return List.of("inline script: " + script.outerHtml());
	}

	private static boolean isDangerousStyle(String style) {
		String value = style.toLowerCase(Locale.ROOT).replaceAll("[\\s\\\\]", "");
		return value.contains("expression(") || value.contains("behavior:")
				|| DANGEROUS_SCHEMES.stream().anyMatch(value::contains);
	}

	/**
	 * Lists what would run in an Atom feed or a sitemap: it must be well-formed XML, HTML
	 * carried in Atom text constructs must be inert, and no link may use a dangerous
	 * scheme.
	 * @param xml the document
	 * @return one line per problem, empty when the document is inert
	 */
	public static List<String> inXml(String xml) {
		org.w3c.dom.Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			return List.of("not well-formed XML: " + ex.getMessage());
		}
		List<String> problems = new ArrayList<>();
		NodeList elements = document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < elements.getLength(); i++) {
			org.w3c.dom.Element element = (org.w3c.dom.Element) elements.item(i);
			String name = element.getLocalName();
			if (ATOM_TEXT.contains(name) && element.getAttribute("type").equals("html")) {
				inFragment(element.getTextContent())
					.forEach((problem) -> problems.add("in <" + name + ">: " + problem));
			}
			if (ATOM_TEXT.contains(name) && element.getAttribute("type").equals("xhtml")) {
				problems.add("XHTML in <" + name + ">, which this check does not read");
			}
			NamedNodeMap attributes = element.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				Node attribute = attributes.item(a);
				if (URL_ATTRIBUTES.contains(attribute.getLocalName()) && isDangerousUrl(attribute.getNodeValue())) {
					problems.add("dangerous URL in <" + name + " " + attribute.getNodeName() + ">");
				}
			}
			if (name.equals("loc") && isDangerousUrl(element.getTextContent())) {
				problems.add("dangerous URL in <loc>");
			}
		}
		return problems;
	}

}
