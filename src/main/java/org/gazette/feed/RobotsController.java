package org.gazette.feed;

import org.gazette.article.SiteLinks;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt}: crawlers may read the stories, not the admin or endless search
 * pages, and are told where both sitemaps are.
 */
@RestController
class RobotsController {

	private final SiteLinks links;

	RobotsController(SiteLinks links) {
		this.links = links;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String base = this.links.base();
		String robots = """
				User-agent: *
				Disallow: /admin/
				Disallow: /login
				Disallow: /search

				Sitemap: %s/sitemap.xml
				Sitemap: %s/news-sitemap.xml
				""".formatted(base, base);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(robots);
	}

}
