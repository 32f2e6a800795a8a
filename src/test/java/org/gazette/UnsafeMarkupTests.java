package org.gazette;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker that the hostile-input tests rely on sees what a browser would run.
 */
class UnsafeMarkupTests {

	private static final String PAGE = "<!DOCTYPE html><html><head><title>t</title>%s</head><body>%s</body></html>";

	@Test
	void siteScriptsAndJsonLdPass() {
		String head = "<script src=\"/js/newsroom-0123.js\" defer></script>"
				+ "<script type=\"application/ld+json\">{\"headline\":\"\\u003c/script\\u003e\"}</script>";
		assertThat(UnsafeMarkup.inPage(Jsoup.parse(PAGE.formatted(head, "<p><a href=\"/a\">x</a></p>")))).isEmpty();
	}

	@Test
	void jsonLdClosedByAHeadlineIsFound() {
		String head = "<script type=\"application/ld+json\">{\"headline\":\"</script><script>alert(1)</script>\"}</script>";
		assertThat(UnsafeMarkup.inPage(Jsoup.parse(PAGE.formatted(head, "")))).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void liveMarkupAnywhereOnAPageIsFound() {
		assertThat(UnsafeMarkup.inPage(Jsoup.parse(PAGE.formatted("<base href=\"https://evil.example/\">", ""))))
			.hasSize(1);
		assertThat(UnsafeMarkup.inPage(Jsoup
			.parse(PAGE.formatted("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", ""))))
			.hasSize(1);
		assertThat(UnsafeMarkup.inPage(Jsoup.parse(PAGE.formatted("", "<input value=\"\" onfocus=\"alert(1)\">"))))
			.hasSize(1);
		assertThat(UnsafeMarkup.inPage(Jsoup.parse(PAGE.formatted("", "<form action=\" JaVa\tscript:alert(1)\">"))))
			.hasSize(1);
		assertThat(UnsafeMarkup.inPage(Jsoup.parse(PAGE.formatted("", "<p style=\"background:url(javascript:x)\">"))))
			.hasSize(1);
		assertThat(
				UnsafeMarkup.inPage(Jsoup.parse(PAGE.formatted("", "<script src=\"//evil.example/x.js\"></script>"))))
			.hasSize(1);
		assertThat(UnsafeMarkup.inPage(Jsoup.parse(PAGE.formatted("", "<iframe src=\"/x\"></iframe>")))).hasSize(1);
	}

	@Test
	void feedsMustBeWellFormedAndTheirHtmlInert() {
		String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry>"
				+ "<content type=\"html\">%s</content><link href=\"%s\"/></entry></feed>";
		assertThat(UnsafeMarkup.inXml(feed.formatted("&lt;p&gt;fine&lt;/p&gt;", "https://news.example/a"))).isEmpty();
		assertThat(UnsafeMarkup.inXml(feed.formatted("&lt;img src=x onerror=alert(1)&gt;", "https://news.example/a")))
			.hasSize(1);
		assertThat(UnsafeMarkup.inXml(feed.formatted("fine", "javascript:alert(1)"))).hasSize(1);
		assertThat(UnsafeMarkup.inXml(feed.formatted("<b>not escaped", "/a"))).hasSize(1);
	}

}
