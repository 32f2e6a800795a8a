package org.gazette.markdown;

import java.util.List;

import org.gazette.UnsafeMarkup;
import org.gazette.XssVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown is untrusted: every vector of the attack corpus, in the body and in the lead,
 * renders to HTML in which nothing runs.
 */
class MarkdownSanitisingTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	static List<String> vectors() {
		return XssVectors.markdown();
	}

	@Test
	void corpusHoldsAtLeastThirtyVectors() {
		assertThat(vectors()).hasSizeGreaterThanOrEqualTo(30);
	}

	@ParameterizedTest
	@MethodSource("vectors")
	void vectorInTheBodyRendersInert(String vector) {
		RenderedMarkdown rendered = this.renderer.render(null, vector, ImageResolver.AS_WRITTEN);
		assertThat(UnsafeMarkup.inFragment(rendered.bodyHtml())).as(rendered.bodyHtml()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("vectors")
	void vectorInTheLeadRendersInert(String vector) {
		RenderedMarkdown rendered = this.renderer.render(vector, "Body.", ImageResolver.AS_WRITTEN);
		assertThat(UnsafeMarkup.inFragment(rendered.leadHtml())).as(rendered.leadHtml()).isEmpty();
		assertThat(UnsafeMarkup.inFragment(rendered.bodyHtml())).as(rendered.bodyHtml()).isEmpty();
	}

	@Test
	void safeLinksSurvive() {
		RenderedMarkdown rendered = this.renderer.render(
				"[a](https://example.com/a) [b](/articles/b) [c](#fn-1) [d](mailto:desk@example.com) [e](page?x=1:2)\n");
		assertThat(rendered.bodyHtml()).contains("href=\"https://example.com/a\"")
			.contains("href=\"/articles/b\"")
			.contains("href=\"#fn-1\"")
			.contains("href=\"mailto:desk@example.com\"")
			.contains("href=\"page?x=1:2\"");
	}

	@Test
	void dangerousLinkKeepsItsTextButLosesItsTarget() {
		RenderedMarkdown rendered = this.renderer.render("[Read more](javascript:alert(1))\n");
		assertThat(rendered.bodyText()).isEqualTo("Read more");
		assertThat(rendered.bodyHtml()).doesNotContain("javascript");
	}

	@Test
	void theCheckerItselfSeesLiveMarkup() {
		assertThat(UnsafeMarkup.inFragment("<a href=\"java&#x09;script:alert(1)\">x</a>")).isNotEmpty();
		assertThat(UnsafeMarkup.inFragment("<img src=x onerror=alert(1)>")).isNotEmpty();
		assertThat(UnsafeMarkup.inFragment("<svg></svg>")).isNotEmpty();
		assertThat(UnsafeMarkup.inFragment("<p style=\"color:red\">x</p>")).isNotEmpty();
		assertThat(UnsafeMarkup.inFragment("<p><a href=\"https://example.com\">x</a></p>")).isEmpty();
	}

}
