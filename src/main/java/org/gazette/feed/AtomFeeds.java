package org.gazette.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.gazette.article.ArticleView;
import org.gazette.article.LeadImage;
import org.gazette.article.Tag;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

/**
 * Writes Atom 1.0 feeds with ROME. Each entry carries the whole story as the sanitised
 * HTML stored for it, lead and photo included; {@code updated} is the story's deliberate
 * "Updated" time, not the time of any edit.
 */
@Component
class AtomFeeds {

	static final String PUBLISHER = "Gazette";

	/** A root-relative URL inside a tag; stored HTML escapes every other {@code <}. */
	private static final Pattern ROOT_RELATIVE_URL = Pattern.compile("(<[^>]*?\\s(?:src|href)=\")/(?!/)");

	String write(FeedStories articles, String base, String title) {
		String feedPath = articles.feedPath();
		Feed feed = new Feed("atom_1.0");
		feed.setXmlBase(base + "/");
		feed.setId(base + feedPath);
		feed.setTitle(title);
		feed.setLanguage("en");
		feed.setAlternateLinks(List.of(link("alternate", "text/html", base + articles.path())));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + feedPath)));
		feed.setAuthors(List.of(person(PUBLISHER)));
		Instant newest = Instant.EPOCH;
		List<Entry> entries = new ArrayList<>();
		for (ArticleView article : articles.articles()) {
			Instant updated = updated(article);
			if (updated.isAfter(newest)) {
				newest = updated;
			}
			entries.add(entry(article, base));
		}
		feed.setUpdated(Date.from(newest));
		feed.setEntries(entries);
		try {
			return new WireFeedOutput().outputString(feed, false);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Feed " + feedPath + " could not be written", ex);
		}
	}

	private Entry entry(ArticleView article, String base) {
		Entry entry = new Entry();
		String url = base + article.url();
		entry.setId(url);
		entry.setTitle(article.title());
		entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
		entry.setPublished(Date.from(article.dateline().published()));
		entry.setUpdated(Date.from(updated(article)));
		String byline = (article.author() != null) ? article.author()
				: (article.source() != null) ? article.source() : PUBLISHER;
		entry.setAuthors(List.of(person(byline)));
		List<Category> categories = new ArrayList<>();
		if (article.section() != null) {
			categories.add(category(article.section().name(), article.section().slug(), base + "/sections/"));
		}
		for (Tag tag : article.tags()) {
			categories.add(category(tag.name(), tag.slug(), base + "/tags/"));
		}
		entry.setCategories(categories);
		if (article.leadText() != null && !article.leadText().isBlank()) {
			entry.setSummary(content("text", article.leadText()));
		}
		entry.setContents(List.of(content("html", absolute(fullStory(article), base))));
		return entry;
	}

	/**
	 * The lead, the photo with caption and credit, then the body, as the page shows them.
	 */
	private static String fullStory(ArticleView article) {
		StringBuilder html = new StringBuilder();
		if (article.leadHtml() != null && !article.leadHtml().isEmpty()) {
			// The lead is stored sanitised, like the body.
			html.append("<p><strong>").append(article.leadHtml()).append("</strong></p>");
		}
		LeadImage image = article.image();
		if (image != null) {
			Document shell = Document.createShell("");
			shell.outputSettings().prettyPrint(false);
			Element figure = shell.body().appendElement("figure");
			Element img = figure.appendElement("img").attr("src", image.url()).attr("alt", nullToEmpty(image.alt()));
			if (image.width() != null && image.height() != null) {
				img.attr("width", image.width().toString()).attr("height", image.height().toString());
			}
			if (image.caption() != null || image.credit() != null) {
				Element caption = figure.appendElement("figcaption");
				if (image.caption() != null) {
					caption.appendText(image.caption());
				}
				if (image.credit() != null) {
					caption.appendText(" ").appendElement("small").text(image.credit());
				}
			}
			html.append(figure.outerHtml());
		}
		html.append(article.bodyHtml());
		return html.toString();
	}

	private static String absolute(String html, String base) {
		return ROOT_RELATIVE_URL.matcher(html)
			.replaceAll((match) -> Matcher.quoteReplacement(match.group(1) + base + "/"));
	}

	private static Instant updated(ArticleView article) {
		return article.dateline().hasUpdate() ? article.dateline().updated() : article.dateline().published();
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static SyndPerson person(String name) {
		Person person = new Person();
		person.setName(name);
		return person;
	}

	private static Category category(String label, String term, String scheme) {
		Category category = new Category();
		category.setTerm(term);
		category.setLabel(label);
		category.setScheme(scheme);
		return category;
	}

	private static Content content(String type, String value) {
		Content content = new Content();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
