package org.gazette.media;

import java.util.Optional;

import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.ImageResolver.ResolvedImage;
import org.gazette.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The markdown the library hands out renders as the figure it promises, whatever the
 * editor typed.
 */
class SnippetsTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void snippetIsTheHouseFigureSyntax() {
		assertThat(Snippets.figure("/media/summit-1a2b3c4d5e6f.jpg", "Leaders at the table", "The summit",
				"© Sputnik / Alexei Druzhinin"))
			.isEqualTo(
					"![Leaders at the table](/media/summit-1a2b3c4d5e6f.jpg \"The summit\"){credit=\"© Sputnik / Alexei Druzhinin\"}");
		assertThat(Snippets.figure("/media/a.png", "Alt", null, " ")).isEqualTo("![Alt](/media/a.png)");
	}

	@Test
	void snippetRendersAsAFigureWithCaptionAndCreditAndTheResolvedSizes() {
		Element figure = render(Snippets.figure("/media/a.png", "Alt", "The caption", "© Agency"));
		assertThat(figure.selectFirst("img").attr("src")).isEqualTo("/media/a.png");
		assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Alt");
		assertThat(figure.selectFirst("img").attr("srcset")).isEqualTo("/media/a-480w-1.png 480w, /media/a.png 900w");
		assertThat(figure.selectFirst("img").attr("width")).isEqualTo("900");
		assertThat(figure.selectFirst("figcaption .caption").text()).isEqualTo("The caption");
		assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo("© Agency");
	}

	@Test
	void markdownAndQuotesInWhatTheEditorTypedStayText() {
		String alt = "Putin's [first] *visit* & <b>more</b>";
		String caption = "He said \"no\" \\ twice\nthen left & went [home]";
		String credit = "© \"Pool\" / {AP}";
		Element figure = render(Snippets.figure("/media/a.png", alt, caption, credit));
		assertThat(figure.selectFirst("img").attr("alt")).isEqualTo(alt);
		assertThat(figure.selectFirst(".caption").text()).isEqualTo("He said \"no\" \\ twice then left & went [home]");
		assertThat(figure.selectFirst(".credit").text()).isEqualTo(credit);
		String both = "© \"Pool\" / O'Neil";
		assertThat(render(Snippets.figure("/media/a.png", "Alt", null, both)).selectFirst(".credit").text())
			.isEqualTo("© ”Pool” / O'Neil");
	}

	private Element render(String markdown) {
		ImageResolver images = (src) -> Optional
			.of(new ResolvedImage(src, 900, 600, "/media/a-480w-1.png 480w, /media/a.png 900w"));
		String html = this.renderer.render(null, "Before.\n\n" + markdown + "\n\nAfter.", images).bodyHtml();
		Element figure = Jsoup.parseBodyFragment(html).selectFirst("figure");
		assertThat(figure).as(html).isNotNull();
		return figure;
	}

}
