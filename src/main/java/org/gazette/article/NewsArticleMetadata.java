package org.gazette.article;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Builds an article page's metadata, above all the JSON-LD {@code NewsArticle} that
 * search engines read. The JSON is built by Jackson, never by joining strings, and every
 * {@code <}, {@code >} and {@code &} in it is written as a Unicode escape so that no text
 * of an article can close the {@code <script>} element that carries it.
 */
@Component
class NewsArticleMetadata {

	static final String PUBLISHER = "Gazette";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final SiteLinks links;

	NewsArticleMetadata(SiteLinks links) {
		this.links = links;
	}

	ArticleMetadata of(ArticleView article) {
		String canonical = this.links.absolute(article.url());
		String imageUrl = (article.image() != null) ? this.links.absolute(article.image().url()) : null;
		return new ArticleMetadata(canonical, imageUrl, jsonLd(article, canonical, imageUrl));
	}

	private String jsonLd(ArticleView article, String canonical, String imageUrl) {
		ObjectNode root = json.createObjectNode();
		root.put("@context", "https://schema.org");
		root.put("@type", "NewsArticle");
		root.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", canonical);
		root.put("url", canonical);
		root.put("headline", article.title());
		if (article.leadText() != null && !article.leadText().isBlank()) {
			root.put("description", article.leadText());
		}
		root.put("inLanguage", "en");
		Dateline dateline = article.dateline();
		root.put("datePublished", dateline.publishedIso());
		root.put("dateModified", dateline.hasUpdate() ? dateline.updatedIso() : dateline.publishedIso());
		ObjectNode publisher = json.createObjectNode()
			.put("@type", "Organization")
			.put("name", PUBLISHER)
			.put("url", this.links.absolute("/"));
		if (article.author() != null) {
			root.putArray("author").addObject().put("@type", "Person").put("name", article.author());
		}
		else if (article.source() != null) {
			root.putArray("author").addObject().put("@type", "Organization").put("name", article.source());
		}
		else {
			root.putArray("author").add(publisher.deepCopy());
		}
		root.set("publisher", publisher);
		if (article.source() != null) {
			root.putObject("sourceOrganization").put("@type", "Organization").put("name", article.source());
		}
		if (article.section() != null) {
			root.put("articleSection", article.section().name());
		}
		if (!article.tags().isEmpty()) {
			ArrayNode keywords = root.putArray("keywords");
			article.tags().forEach((tag) -> keywords.add(tag.name()));
		}
		if (imageUrl != null) {
			LeadImage image = article.image();
			ObjectNode imageObject = root.putObject("image")
				.put("@type", "ImageObject")
				.put("url", imageUrl)
				.put("contentUrl", imageUrl);
			if (image.width() != null && image.height() != null) {
				imageObject.put("width", image.width()).put("height", image.height());
			}
			if (image.caption() != null) {
				imageObject.put("caption", image.caption());
			}
			if (image.credit() != null) {
				imageObject.put("creditText", image.credit());
			}
		}
		root.put("isAccessibleForFree", true);
		return safeForScript(json.writeValueAsString(root));
	}

	/**
	 * JSON never has these characters outside strings, and inside strings the escapes
	 * mean the same, so the data stays identical while no {@code </script>} or
	 * {@code <!--} can appear.
	 */
	static String safeForScript(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
