package org.gazette.markdown;

import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LinkCandidatesAutolinkExtension} links exactly what flexmark's
 * {@link AutolinkExtension} links: it only skips text that cannot hold a link.
 */
class LinkCandidatesAutolinkExtensionTests {

	@ParameterizedTest
	@ValueSource(strings = { "Plain words and nothing else at all.", "See https://example.com/a?b=c for more.",
			"Mail editor@example.com today.", "Visit www.example.com or WWW.EXAMPLE.COM.", "Odd Www.Example.com here.",
			"Scheme only http:// then space.", "An entity http&#58;//example.com and &amp; more.",
			"Escaped http\\://example.com and \\*stars\\*.", "Quote \"www.example.com\" and 'mailto:a@b.c'.",
			"*emphasis* then https://example.com/x_y_z and **bold www.example.org**.",
			"`code https://example.com` stays code; [a link](https://example.com) stays one.",
			"Footnote[^1] with ftp://files.example.com.\n\n[^1]: Note at www.example.net.",
			"| A | B |\n|---|---|\n| https://example.com | plain |",
			"Line one\nwww.example.com on line two\nand a@b.co on three.", "Ww.example.com and w.ww.com are not links.",
			"Unicode – dashes… and “quotes” with https://example.com/ü path." })
	void linksWhatTheStockExtensionLinks(String markdown) {
		assertThat(render(markdown, new LinkCandidatesAutolinkExtension()))
			.isEqualTo(render(markdown, AutolinkExtension.create()));
	}

	private static String render(String markdown, Extension autolinks) {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), TablesExtension.create(), autolinks));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
	}

}
