package org.gazette.feed;

import java.time.Duration;

import org.gazette.article.ArticleFeed;
import org.gazette.article.ArticleReader;
import org.gazette.article.SiteLinks;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds of the whole site, of each section and of each tag, and the page that
 * explains them. Unknown sections and tags answer 404, as their pages do.
 */
@Controller
class FeedController {

	/** Stories per feed: enough for a reader that polls a few times a day. */
	static final int FEED_SIZE = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ArticleReader reader;

	private final AtomFeeds feeds;

	private final SiteLinks links;

	FeedController(ArticleReader reader, AtomFeeds feeds, SiteLinks links) {
		this.reader = reader;
		this.feeds = feeds;
		this.links = links;
	}

	@GetMapping("/feed.xml")
	ResponseEntity<String> site() {
		return atom(this.reader.latest(FEED_SIZE), "/feed.xml", "Gazette — latest news");
	}

	@GetMapping("/sections/{section}/feed.xml")
	ResponseEntity<String> section(@PathVariable String section) {
		ArticleFeed feed = this.reader.sectionLatest(section, FEED_SIZE);
		return atom(feed, feed.path() + "/feed.xml", "Gazette — " + feed.heading());
	}

	@GetMapping("/tags/{tag}/feed.xml")
	ResponseEntity<String> tag(@PathVariable String tag) {
		ArticleFeed feed = this.reader.tagLatest(tag, FEED_SIZE);
		return atom(feed, feed.path() + "/feed.xml", "Gazette — " + feed.heading());
	}

	@GetMapping("/subscribe")
	String subscribe(Model model) {
		model.addAttribute("sections", this.reader.sections());
		return "feed/subscribe";
	}

	private ResponseEntity<String> atom(ArticleFeed feed, String feedPath, String title) {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.feeds.write(feed, this.links.base(), feedPath, title));
	}

}
