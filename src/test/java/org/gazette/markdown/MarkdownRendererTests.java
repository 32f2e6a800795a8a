package org.gazette.markdown;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void footnoteMarkerAndNoteLinkToEachOther() {
		Document body = body(this.renderer.render("The Taliban[^1] rose.\n\n[^1]: A note.\n").bodyHtml());
		Element ref = body.selectFirst("sup a.footnote-ref");
		assertThat(ref).isNotNull();
		Element note = body.getElementById(ref.attr("href").substring(1));
		assertThat(note).isNotNull();
		assertThat(note.text()).contains("A note.");
		Element back = note.selectFirst("a.footnote-backref");
		assertThat(back).isNotNull();
		Element marker = body.getElementById(back.attr("href").substring(1));
		assertThat(marker).isNotNull();
		assertThat(marker.selectFirst("a.footnote-ref")).isEqualTo(ref);
	}

	@Test
	void symbolFootnoteKeepsItsSymbolInTheTextAndTheNote() {
		RenderedMarkdown rendered = this.renderer.render("Lead about the Taliban[^*] here.", "Body.\n\n[^*]: Banned.\n",
				ImageResolver.AS_WRITTEN);
		Document lead = body(rendered.leadHtml());
		assertThat(lead.text()).isEqualTo("Lead about the Taliban* here.");
		assertThat(lead.selectFirst("a.footnote-ref").attr("href")).isEqualTo("#fn-1");
		Document body = body(rendered.bodyHtml());
		assertThat(body.getElementById("fn-1").text()).startsWith("*Banned.");
		assertThat(body.selectFirst("#fn-1 a.footnote-backref").attr("href")).isEqualTo("#fnref-1");
		assertThat(rendered.leadText()).isEqualTo("Lead about the Taliban* here.");
	}

	@Test
	void standaloneImageBecomesFigureWithCaptionAndCredit() {
		Document body = body(this.renderer.render(
				"![A minister speaks](https://example.com/p.png \"The minister in Dushanbe\"){credit=\"© Agency / A. Photographer\"}\n")
			.bodyHtml());
		Element figure = body.selectFirst("figure");
		assertThat(figure).isNotNull();
		assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("A minister speaks");
		assertThat(figure.selectFirst("img").hasAttr("title")).isFalse();
		assertThat(figure.selectFirst("figcaption .caption").text()).isEqualTo("The minister in Dushanbe");
		assertThat(figure.selectFirst("figcaption small.credit").text()).isEqualTo("© Agency / A. Photographer");
		assertThat(body.select("p")).isEmpty();
	}

	@Test
	void imageInsideTextStaysInline() {
		Document body = body(this.renderer.render("Text ![icon](https://example.com/i.png) more text.\n").bodyHtml());
		assertThat(body.select("figure")).isEmpty();
		assertThat(body.select("p img")).hasSize(1);
	}

	@Test
	void tablesKeepHeadersCellsAndAlignment() {
		Document body = body(
				this.renderer.render("| Country | Votes |\n|:--|--:|\n| Russia | 1 |\n| China | 2 |\n").bodyHtml());
		assertThat(body.select("table thead th")).extracting(Element::text).containsExactly("Country", "Votes");
		assertThat(body.select("table tbody tr")).hasSize(2);
		assertThat(body.selectFirst("tbody td[align=right]").text()).isEqualTo("1");
	}

	@Test
	void bareUrlsBecomeLinks() {
		Document body = body(this.renderer.render("See https://example.com/report and www.example.org.\n").bodyHtml());
		assertThat(body.select("a")).extracting((a) -> a.attr("href"))
			.containsExactly("https://example.com/report", "http://www.example.org");
	}

	@Test
	void headingsGetAnchorsAndStartBelowTheHeadline() {
		Document body = body(this.renderer.render("# Reactions abroad\n\n## In Beijing\n").bodyHtml());
		assertThat(body.selectFirst("h2#reactions-abroad").text()).isEqualTo("Reactions abroad");
		assertThat(body.selectFirst("h3#in-beijing")).isNotNull();
		assertThat(body.select("h1")).isEmpty();
	}

	@Test
	void rawHtmlIsShownAsText() {
		Document body = body(this.renderer.render("Use <b>bold</b> sparingly.\n").bodyHtml());
		assertThat(body.select("b")).isEmpty();
		assertThat(body.text()).isEqualTo("Use <b>bold</b> sparingly.");
	}

	@Test
	void leadThatLooksLikeAHeadingStaysAParagraph() {
		RenderedMarkdown rendered = this.renderer.render("# 1 killed in blast", "Body.", ImageResolver.AS_WRITTEN);
		assertThat(rendered.leadText()).isEqualTo("# 1 killed in blast");
		assertThat(body(rendered.bodyHtml()).text()).isEqualTo("Body.");
	}

	@Test
	void imagesAreResolvedWithTheirSizes() {
		ImageResolver resolver = (src) -> src.equals("images/photo.png")
				? Optional.of(new ImageResolver.ResolvedImage("/media/photo-abc.png", 1200, 675,
						"/media/photo-abc-480.png 480w, /media/photo-abc.png 1200w"))
				: Optional.empty();
		Document body = body(this.renderer.render(null, "![Alt](images/photo.png)\n", resolver).bodyHtml());
		Element img = body.selectFirst("figure img");
		assertThat(img.attr("src")).isEqualTo("/media/photo-abc.png");
		assertThat(img.attr("width")).isEqualTo("1200");
		assertThat(img.attr("height")).isEqualTo("675");
		assertThat(img.attr("srcset")).contains("480w");
	}

	@Test
	void plainTextAndWordCountComeFromTheRenderedText() {
		RenderedMarkdown rendered = this.renderer.render("Two words.", "And *three more* here.",
				ImageResolver.AS_WRITTEN);
		assertThat(rendered.bodyText()).isEqualTo("And three more here.");
		assertThat(rendered.wordCount()).isEqualTo(6);
	}

	private static Document body(String html) {
		return Jsoup.parseBodyFragment(html);
	}

}
