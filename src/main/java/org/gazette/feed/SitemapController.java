package org.gazette.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;
import org.gazette.article.ArticleNotFoundException;
import org.gazette.article.ArticleReader;
import org.gazette.article.NewsEntry;
import org.gazette.article.SiteLinks;
import org.gazette.article.SitemapEntry;
import org.gazette.search.ArticleIndex;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sitemaps for search engines: every published article with its last change and lead
 * photo, split into a sitemap index of id ranges above {@value #MAX_URLS} URLs, and a
 * Google News sitemap of the last 48 hours. Articles are read as projections, a thousand
 * at a time by id, and written as they are read.
 */
@RestController
class SitemapController {

	/**
	 * The most URLs one sitemap lists. The protocol allows 50,000, but a sitemap that
	 * long is some 7.5 MB: more than the page cache keeps, so it would be written afresh
	 * for every request (2.3 s at 100,000 articles); even one of 10,000 (2 MB) took
	 * 94–118 ms at the 99th percentile from the cache. One of 2,000, about 400 KB, is
	 * sent like any reader's page.
	 */
	static final int MAX_URLS = (int) ArticleReader.SITEMAP_CHUNK_IDS;

	static final Duration NEWS_WINDOW = Duration.ofHours(48);

	/** Google News reads at most this many URLs from a news sitemap. */
	static final int MAX_NEWS_URLS = 1_000;

	private static final int BATCH = 1_000;

	private static final Pattern CHUNK_NAME = Pattern.compile("articles-(\\d{1,9})\\.xml");

	private static final String XML = "application/xml;charset=UTF-8";

	private final ArticleReader reader;

	private final ArticleIndex index;

	private final SiteLinks links;

	SitemapController(ArticleReader reader, ArticleIndex index, SiteLinks links) {
		this.reader = reader;
		this.index = index;
		this.links = links;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
		String base = this.links.base();
		if (this.index.visibleCount() <= MAX_URLS) {
			try (SitemapWriter xml = SitemapWriter.start(xmlResponse(response), "urlset", "image",
					SitemapWriter.IMAGE_NS)) {
				writeArticles(xml, base, 0, Long.MAX_VALUE);
			}
			return;
		}
		SortedMap<Long, Long> ranges = this.index.idRangeCounts(ArticleReader.SITEMAP_CHUNK_IDS);
		try (SitemapWriter xml = SitemapWriter.start(xmlResponse(response), "sitemapindex")) {
			for (Long number : ranges.keySet()) {
				xml.open("sitemap").element("loc", base + "/sitemaps/articles-" + number + ".xml").end();
			}
		}
	}

	@GetMapping("/sitemaps/{name}")
	void chunk(@PathVariable String name, HttpServletResponse response) throws IOException, XMLStreamException {
		Matcher chunk = CHUNK_NAME.matcher(name);
		if (!chunk.matches()) {
			throw new ArticleNotFoundException("sitemap " + name);
		}
		long from = Long.parseLong(chunk.group(1)) * ArticleReader.SITEMAP_CHUNK_IDS;
		long to = from + ArticleReader.SITEMAP_CHUNK_IDS;
		if (this.reader.sitemapEntries(from - 1, to, 1).isEmpty()) {
			throw new ArticleNotFoundException("sitemap " + name);
		}
		try (SitemapWriter xml = SitemapWriter.start(xmlResponse(response), "urlset", "image",
				SitemapWriter.IMAGE_NS)) {
			writeArticles(xml, this.links.base(), from - 1, to);
		}
	}

	@GetMapping("/news-sitemap.xml")
	void news(HttpServletResponse response) throws IOException, XMLStreamException {
		String base = this.links.base();
		List<NewsEntry> news = this.reader.news(NEWS_WINDOW, MAX_NEWS_URLS);
		try (SitemapWriter xml = SitemapWriter.start(xmlResponse(response), "urlset", "news", SitemapWriter.NEWS_NS)) {
			for (NewsEntry entry : news) {
				xml.open("url").element("loc", base + entry.url());
				xml.open("news", SitemapWriter.NEWS_NS, "news")
					.open("news", SitemapWriter.NEWS_NS, "publication")
					.element("news", SitemapWriter.NEWS_NS, "name", AtomFeeds.PUBLISHER)
					.element("news", SitemapWriter.NEWS_NS, "language", "en")
					.end()
					.element("news", SitemapWriter.NEWS_NS, "publication_date", SitemapWriter.time(entry.publishedAt()))
					.element("news", SitemapWriter.NEWS_NS, "title", entry.title())
					.end();
				xml.end();
			}
		}
	}

	private void writeArticles(SitemapWriter xml, String base, long afterId, long beforeId) throws XMLStreamException {
		long after = afterId;
		List<SitemapEntry> batch;
		do {
			batch = this.reader.sitemapEntries(after, beforeId, BATCH);
			for (SitemapEntry entry : batch) {
				xml.open("url")
					.element("loc", base + entry.url())
					.element("lastmod", SitemapWriter.time(entry.lastModified()));
				if (entry.imageName() != null) {
					xml.open("image", SitemapWriter.IMAGE_NS, "image")
						.element("image", SitemapWriter.IMAGE_NS, "loc", base + "/media/" + entry.imageName());
					if (entry.imageCaption() != null) {
						xml.element("image", SitemapWriter.IMAGE_NS, "caption", entry.imageCaption());
					}
					xml.end();
				}
				xml.end();
				after = entry.id();
			}
		}
		while (batch.size() == BATCH);
	}

	private static OutputStream xmlResponse(HttpServletResponse response) throws IOException {
		response.setContentType(XML);
		return response.getOutputStream();
	}

}
