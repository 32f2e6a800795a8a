package org.gazette.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import org.springframework.stereotype.Component;

/**
 * Renders an article's lead and body from markdown to sanitised HTML. Parser and renderer
 * are built once and shared: flexmark's are thread-safe once built.
 * <p>
 * Raw HTML in the markdown is escaped by flexmark; everything flexmark produces then
 * passes through {@link HtmlSanitizer}, so neither raw HTML, attribute syntax nor link
 * definitions can put live markup on a reader's page.
 */
@Component
public class MarkdownRenderer {

	/**
	 * Changes whenever the same markdown would render differently, so that stored HTML
	 * can be told apart from what this version renders.
	 */
	public static final String VERSION = "1";

	private static final String FOOTNOTE_REF_ID_PREFIX = "#fn-";

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final HtmlSanitizer sanitizer = new HtmlSanitizer();

	public MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), TablesExtension.create(),
				new LinkCandidatesAutolinkExtension(), AttributesExtension.create(), StrikethroughExtension.create()));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(HtmlRenderer.SOFT_BREAK, " ");
		options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
		options.set(TablesExtension.CLASS_NAME, "table");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	/**
	 * Renders a body without a lead, as the preview of a fragment.
	 * @param body the markdown
	 * @return the rendered body
	 */
	public RenderedMarkdown render(String body) {
		return render(null, body, ImageResolver.AS_WRITTEN);
	}

	/**
	 * Renders an article. The lead is one paragraph of inline markdown; it is rendered
	 * together with the body so that a footnote marker in the lead links to its note.
	 * @param lead the lead (summary) as inline markdown, or {@code null}
	 * @param body the body markdown
	 * @param images how image references become image URLs and sizes
	 * @return the sanitised lead and body
	 */
	public RenderedMarkdown render(String lead, String body, ImageResolver images) {
		String leadSource = (lead != null) ? asSingleParagraph(lead) : "";
		String bodySource = (body != null) ? body : "";
		String source = leadSource.isEmpty() ? bodySource : leadSource + "\n\n" + bodySource;
		com.vladsch.flexmark.util.ast.Document ast = this.parser.parse(source);
		boolean leadIsParagraph = !leadSource.isEmpty() && ast.getFirstChild() instanceof Paragraph first
				&& first.getEndOffset() <= leadSource.length() + 1;
		String html = this.renderer.render(ast);
		Document document = Jsoup.parseBodyFragment(html, HtmlSanitizer.BASE_URI);
		document.outputSettings().prettyPrint(false);
		// Footnote ordinals are assigned while rendering, so symbols are read afterwards.
		applyFootnoteSymbols(document, footnoteSymbols(ast));
		Element leadElement = null;
		if (leadIsParagraph) {
			leadElement = document.body().child(0);
			leadElement.remove();
		}
		else if (!leadSource.isEmpty()) {
			// The lead did not parse as one paragraph (a link definition, say): show it
			// as text.
			leadElement = new Element("p").appendChild(new TextNode(lead.strip()));
		}
		resolveImages(document, images);
		Figures.wrapStandaloneImages(document.body());
		demoteHeadings(document.body());
		Document cleanBody = this.sanitizer.clean(document);
		String leadHtml = "";
		String leadText = "";
		if (leadElement != null) {
			resolveImages(leadElement, images);
			Document cleanLead = this.sanitizer.clean(leadElement.html());
			leadHtml = HtmlSanitizer.html(cleanLead);
			leadText = cleanLead.body().text();
		}
		return new RenderedMarkdown(leadHtml, leadText, HtmlSanitizer.html(cleanBody), cleanBody.body().text());
	}

	/**
	 * Rewrites where the images of a markdown text come from, leaving every other
	 * character as written: the importer turns paths beside a content file into the media
	 * URLs they were stored under, so that the text still shows its photos once an editor
	 * changes it.
	 * @param markdown the markdown
	 * @param rewrite gives the new source for a source as written
	 * @return the markdown with the new sources
	 */
	public String rewriteImageSources(String markdown, UnaryOperator<String> rewrite) {
		if (markdown == null || !markdown.contains("![")) {
			// No image syntax at all: not worth a parse.
			return markdown;
		}
		List<Image> images = new ArrayList<>();
		for (Node node : this.parser.parse(markdown).getDescendants()) {
			if (node instanceof Image image && !image.getUrl().isEmpty()) {
				images.add(image);
			}
		}
		StringBuilder rewritten = new StringBuilder(markdown);
		// From the end, so that earlier offsets stay right.
		images.sort(Comparator.comparingInt((Image image) -> image.getUrl().getStartOffset()).reversed());
		for (Image image : images) {
			String src = image.getUrl().toString();
			String replacement = rewrite.apply(src);
			if (replacement != null && !replacement.equals(src)) {
				rewritten.replace(image.getUrl().getStartOffset(), image.getUrl().getEndOffset(), replacement);
			}
		}
		return rewritten.toString();
	}

	private static String asSingleParagraph(String lead) {
		String oneLine = lead.strip().replaceAll("\\s*\\R\\s*", " ");
		if (oneLine.isEmpty()) {
			return "";
		}
		// A lead that starts like a heading, list, quote or code block is still a
		// paragraph.
		char first = oneLine.charAt(0);
		if ("#>-+*=|`~".indexOf(first) >= 0 || oneLine.matches("^\\d+[.)]\\s.*")) {
			return "\\" + oneLine;
		}
		return oneLine;
	}

	/**
	 * Footnotes labelled with a symbol ({@code [^*]}, {@code [^†]}) keep the symbol as
	 * their marker, as newspapers print them; numbered labels keep flexmark's numbers.
	 */
	private static Map<Integer, String> footnoteSymbols(com.vladsch.flexmark.util.ast.Document ast) {
		Map<Integer, String> symbols = new HashMap<>();
		for (Node node : ast.getDescendants()) {
			if (node instanceof FootnoteBlock note && note.getFootnoteOrdinal() > 0) {
				String label = note.getText().toString();
				if (!label.isEmpty() && label.codePoints().noneMatch(Character::isLetterOrDigit)) {
					symbols.put(note.getFootnoteOrdinal(), label);
				}
			}
		}
		return symbols;
	}

	private static void applyFootnoteSymbols(Document document, Map<Integer, String> symbols) {
		for (Element ref : document.select("a.footnote-ref")) {
			ref.attr("aria-label", "Note " + ref.text());
			String href = ref.attr("href");
			if (!href.startsWith(FOOTNOTE_REF_ID_PREFIX)) {
				continue;
			}
			String symbol = symbols.get(parseOrdinal(href.substring(FOOTNOTE_REF_ID_PREFIX.length())));
			if (symbol == null) {
				continue;
			}
			ref.text(symbol).attr("aria-label", "Note " + symbol);
			Element note = document.getElementById(href.substring(1));
			if (note != null) {
				note.addClass("footnote-symbol");
				Element firstParagraph = note.selectFirst("p");
				Element target = (firstParagraph != null) ? firstParagraph : note;
				target.prependElement("span").addClass("footnote-marker").text(symbol);
			}
		}
		for (Element backref : document.select("a.footnote-backref")) {
			backref.attr("aria-label", "Back to the text");
		}
	}

	private static int parseOrdinal(String digits) {
		try {
			return Integer.parseInt(digits);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static void resolveImages(Element root, ImageResolver images) {
		for (Element img : root.select("img")) {
			img.removeAttr("srcset").removeAttr("sizes").removeAttr("width").removeAttr("height");
			images.resolve(img.attr("src")).ifPresent((resolved) -> {
				img.attr("src", resolved.src());
				if (resolved.width() > 0 && resolved.height() > 0) {
					img.attr("width", Integer.toString(resolved.width()));
					img.attr("height", Integer.toString(resolved.height()));
				}
				if (resolved.srcset() != null) {
					img.attr("srcset", resolved.srcset());
					img.attr("sizes", "(min-width: 48rem) 46rem, 100vw");
				}
			});
			img.attr("loading", "lazy");
			img.attr("decoding", "async");
		}
	}

	/**
	 * The page's headline is the only {@code h1}: markdown headings start at {@code h2}.
	 */
	private static void demoteHeadings(Element root) {
		for (Element heading : root.select("h1, h2, h3, h4, h5")) {
			int level = heading.tagName().charAt(1) - '0';
			heading.tagName("h" + (level + 1));
		}
	}

}
