package org.gazette.markdown;

import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an image that stands alone in its paragraph into a figure. The image's title
 * becomes the caption and a {@code credit} attribute (flexmark's attribute syntax,
 * {@code ![alt](photo.jpg "Caption"){credit="© Agency"}}) becomes the credit line.
 */
final class Figures {

	private Figures() {
	}

	static void wrapStandaloneImages(Element root) {
		for (Element paragraph : root.select("p")) {
			Element img = soleImage(paragraph);
			if (img == null) {
				continue;
			}
			String caption = img.attr("title").strip();
			String credit = img.attr("credit").strip();
			img.removeAttr("title").removeAttr("credit");
			Element figure = new Element("figure").addClass("figure");
			figure.appendChild(img.clone());
			if (!caption.isEmpty() || !credit.isEmpty()) {
				Element figcaption = figure.appendElement("figcaption");
				if (!caption.isEmpty()) {
					figcaption.appendElement("span").addClass("caption").text(caption);
				}
				if (!credit.isEmpty()) {
					figcaption.appendElement("small").addClass("credit").text(credit);
				}
			}
			paragraph.replaceWith(figure);
		}
	}

	private static Element soleImage(Element paragraph) {
		List<Node> nodes = paragraph.childNodes()
			.stream()
			.filter((node) -> !(node instanceof TextNode text && text.isBlank()))
			.toList();
		if (nodes.size() == 1 && nodes.get(0) instanceof Element element && "img".equals(element.normalName())) {
			return element;
		}
		return null;
	}

}
