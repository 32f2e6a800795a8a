package org.gazette.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list every rendered fragment passes before it is stored: the tags and
 * attributes an article needs, nothing that runs. Links keep only http, https and mailto
 * schemes (or stay relative); images only http and https.
 */
final class HtmlSanitizer {

	/** A base that only exists to let jsoup tell relative links from schemes. */
	static final String BASE_URI = "https://gazette.invalid/";

	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

	private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

	/** Characters browsers drop from URLs before they look at the scheme. */
	private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\x00-\\x20\\x7f-\\x9f]");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);

	private final Safelist safelist = new Safelist()
		.addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
				"figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "mark", "ol", "p",
				"pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
				"thead", "tr", "u", "ul")
		.addAttributes("a", "href", "title", "id", "class", "aria-label")
		.addAttributes("img", "src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding")
		.addAttributes("h2", "id")
		.addAttributes("h3", "id")
		.addAttributes("h4", "id")
		.addAttributes("h5", "id")
		.addAttributes("h6", "id")
		.addAttributes("li", "id", "class")
		.addAttributes("sup", "id")
		.addAttributes("ol", "start")
		.addAttributes("div", "class")
		.addAttributes("span", "class")
		.addAttributes("small", "class")
		.addAttributes("figure", "class")
		.addAttributes("table", "class")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addAttributes("blockquote", "cite")
		.addAttributes("q", "cite")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "http", "https")
		.addProtocols("blockquote", "cite", "http", "https")
		.addProtocols("q", "cite", "http", "https")
		.preserveRelativeLinks(true);

	Document clean(String html) {
		return clean(Jsoup.parseBodyFragment(html, BASE_URI));
	}

	/**
	 * Copies what the allow-list lets through into a new document.
	 * @param dirty a document jsoup parsed, as changed since; it is left as it is
	 * @return the clean copy
	 */
	Document clean(Document dirty) {
		Document clean = new Cleaner(this.safelist).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		// Second line of defence: check every URL the way a browser reads it.
		for (Element element : clean.select("[href], [src], [cite]")) {
			dropUnsafeUrl(element, "href", LINK_SCHEMES);
			dropUnsafeUrl(element, "src", IMAGE_SCHEMES);
			dropUnsafeUrl(element, "cite", IMAGE_SCHEMES);
		}
		for (Element img : clean.select("img[srcset]")) {
			for (String candidate : img.attr("srcset").split(",")) {
				String url = candidate.strip().split("\\s+")[0];
				if (!isSafe(url, IMAGE_SCHEMES)) {
					img.removeAttr("srcset").removeAttr("sizes");
					break;
				}
			}
		}
		return clean;
	}

	static String html(Document document) {
		document.outputSettings().prettyPrint(false);
		return document.body().html();
	}

	private static void dropUnsafeUrl(Element element, String attribute, Set<String> schemes) {
		if (element.hasAttr(attribute) && !isSafe(element.attr(attribute), schemes)) {
			element.removeAttr(attribute);
		}
	}

	static boolean isSafe(String url, Set<String> schemes) {
		String normalised = IGNORED_IN_URLS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
		var scheme = SCHEME.matcher(normalised);
		if (scheme.matches()) {
			return schemes.contains(scheme.group(1));
		}
		// No scheme: relative, but a colon before any slash would still read as one.
		int colon = normalised.indexOf(':');
		int slash = normalised.indexOf('/');
		return colon < 0 || (slash >= 0 && slash < colon)
				|| normalised.indexOf('?') >= 0 && normalised.indexOf('?') < colon
				|| normalised.indexOf('#') >= 0 && normalised.indexOf('#') < colon;
	}

}
