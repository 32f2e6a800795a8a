package org.gazette.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's {@link AutolinkExtension}, asked only about text that could hold a link. Its
 * post-processor runs a regular expression over every text node, which was a third of the
 * time spent parsing an article; a text with no {@code :}, {@code @}, {@code www.} or
 * character reference cannot hold a URL, an e-mail address or a {@code www.} link, and is
 * left alone, exactly as the extension would leave it.
 */
final class LinkCandidatesAutolinkExtension implements Parser.ParserExtension {

	@Override
	public void parserOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(Parser.Builder parser) {
		parser.postProcessorFactory(new Factory());
	}

	static boolean mayHoldLink(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ':' || c == '@' || c == '&' || c == '\\') {
				return true;
			}
			if ((c == 'w' || c == 'W') && i + 3 < text.length() && (text.charAt(i + 1) | 0x20) == 'w'
					&& (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
				return true;
			}
		}
		return false;
	}

	private static final class Factory extends NodePostProcessorFactory {

		Factory() {
			super(false);
			addNodes(Text.class);
		}

		@Override
		public NodePostProcessor apply(Document document) {
			return new NodePostProcessor() {

				private AutolinkNodePostProcessor autolinks;

				@Override
				public void process(NodeTracker state, Node node) {
					// The extension reads on into text that continues this node: then
					// it decides.
					Node next = node.getNext();
					boolean continued = next instanceof Text || next instanceof TypographicText
							|| next instanceof HtmlEntity;
					if (!continued && !mayHoldLink(node.getChars())) {
						return;
					}
					if (this.autolinks == null) {
						this.autolinks = new AutolinkNodePostProcessor(document);
					}
					this.autolinks.process(state, node);
				}

			};
		}

	}

}
