package org.gazette.feed;

import org.gazette.article.ArticleReader;
import org.gazette.article.SiteLinks;

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

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final FeedService stories;

	private final ArticleReader reader;

	private final AtomFeeds feeds;

	private final SiteLinks links;

	FeedController(FeedService stories, ArticleReader reader, AtomFeeds feeds, SiteLinks links) {
		this.stories = stories;
		this.reader = reader;
		this.feeds = feeds;
		this.links = links;
	}

	@GetMapping("/feed.xml")
	ResponseEntity<String> site() {
		return atom(this.stories.site(), "Gazette — latest news");
	}

	@GetMapping("/sections/{section}/feed.xml")
	ResponseEntity<String> section(@PathVariable String section) {
		FeedStories stories = this.stories.section(section);
		return atom(stories, "Gazette — " + stories.heading());
	}

	@GetMapping("/tags/{tag}/feed.xml")
	ResponseEntity<String> tag(@PathVariable String tag) {
		FeedStories stories = this.stories.tag(tag);
		return atom(stories, "Gazette — " + stories.heading());
	}

	@GetMapping("/subscribe")
	String subscribe(Model model) {
		model.addAttribute("sections", this.reader.sections());
		return "feed/subscribe";
	}

	private ResponseEntity<String> atom(FeedStories stories, String title) {
		return ResponseEntity.ok().contentType(ATOM).body(this.feeds.write(stories, this.links.base(), title));
	}

}
