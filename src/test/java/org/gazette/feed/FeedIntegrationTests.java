package org.gazette.feed;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gazette.CorpusTest;
import org.gazette.Http;
import org.gazette.article.ArticleReader;
import org.gazette.search.ArticleIndex;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds, sitemaps and robots.txt fetched over HTTP and parsed as XML, as feed readers and
 * crawlers read them.
 */
@CorpusTest
class FeedIntegrationTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";

	private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	private static final String SITE = CorpusTest.SITE;

	@LocalServerPort
	private int port;

	@Autowired
	private ArticleIndex index;

	private Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void siteFeedIsAtomWithAbsoluteLinksAndWholeStories() throws Exception {
		HttpResponse<String> response = this.http.get("/feed.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		Element feed = xml(response).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(text(feed, ATOM, "id")).isEqualTo(SITE + "/feed.xml");
		assertThat(text(feed, ATOM, "title")).isNotBlank();
		assertThat(Instant.parse(text(feed, ATOM, "updated"))).isNotNull();
		assertThat(links(feed)).contains("self " + SITE + "/feed.xml", "alternate " + SITE + "/");
		List<Element> entries = children(feed, ATOM, "entry");
		assertThat(entries).hasSizeLessThanOrEqualTo(50);
		for (Element entry : entries) {
			assertThat(text(entry, ATOM, "id")).startsWith(SITE + "/articles/");
			assertThat(text(entry, ATOM, "title")).isNotBlank();
			assertThat(Instant.parse(text(entry, ATOM, "updated"))).isNotNull();
			assertThat(Instant.parse(text(entry, ATOM, "published"))).isNotNull();
			assertThat(text(children(entry, ATOM, "author").get(0), ATOM, "name")).isNotBlank();
			assertThat(links(entry))
				.anySatisfy((link) -> assertThat(link).startsWith("alternate " + SITE + "/articles/"));
			assertThat(children(entry, ATOM, "content").get(0).getAttribute("type")).isEqualTo("html");
		}
		assertThat(entries).extracting((entry) -> text(entry, ATOM, "title"))
			.contains("Troop withdrawal completed ahead of schedule", "Harbour reopens after the storm")
			.doesNotContain("Embargoed story about a withdrawal");
	}

	@Test
	void entryUpdatedIsTheDeliberateUpdateTime() throws Exception {
		Element entry = entryTitled(feed("/feed.xml"), "Troop withdrawal completed ahead of schedule");
		assertThat(text(entry, ATOM, "published")).isEqualTo("2020-05-01T08:00:00Z");
		assertThat(text(entry, ATOM, "updated")).isEqualTo("2020-05-01T10:30:00Z");
		assertThat(text(children(entry, ATOM, "author").get(0), ATOM, "name")).isEqualTo("Jane Doe");
		List<String> categories = new ArrayList<>();
		for (Element category : children(entry, ATOM, "category")) {
			categories.add(category.getAttribute("term") + "=" + category.getAttribute("label"));
		}
		assertThat(categories).containsExactly("middle-east=Middle East", "défense=Défense", "afghan-war=Afghan war");
	}

	@Test
	void contentIsTheSanitisedStoryWithAbsoluteImageLinks() throws Exception {
		Element entry = entryTitled(feed("/feed.xml"), "Harbour reopens after the storm");
		String html = text(entry, ATOM, "content");
		org.jsoup.nodes.Document content = Jsoup.parseBodyFragment(html);
		assertThat(content.selectFirst("figure img").attr("src")).startsWith(SITE + "/media/");
		assertThat(content.selectFirst("figcaption").text()).contains("A zeppelin-shaped crane", "© Gazette");
		assertThat(content.text()).contains("Ships queued outside the harbour");
		Element budget = entryTitled(feed("/feed.xml"), "Parliament debates the budget");
		assertThat(Jsoup.parseBodyFragment(text(budget, ATOM, "content")).select("script, b")).isEmpty();
	}

	@Test
	void sectionAndTagFeedsHoldOnlyTheirStories() throws Exception {
		Element section = feed("/sections/middle-east/feed.xml");
		assertThat(text(section, ATOM, "id")).isEqualTo(SITE + "/sections/middle-east/feed.xml");
		assertThat(children(section, ATOM, "entry")).extracting((entry) -> text(entry, ATOM, "title"))
			.containsExactly("Troop withdrawal completed ahead of schedule", "Oil prices steady in the Gulf");
		Element tag = feed("/tags/d%C3%A9fense/feed.xml");
		assertThat(children(tag, ATOM, "entry")).extracting((entry) -> text(entry, ATOM, "title"))
			.containsExactly("Troop withdrawal completed ahead of schedule", "Defence budget rises again",
					"Veterans remember the long war");
		assertThat(children(feed("/sections/%D0%BC%D0%B8%D1%80/feed.xml"), ATOM, "entry")).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sections/no-such-section/feed.xml", "/tags/no-such-tag/feed.xml",
			"/tags/embargoed/feed.xml", "/sitemaps/articles-999.xml", "/sitemaps/other.xml" })
	void unknownFeedOrSitemapIsNotFound(String path) {
		assertThat(this.http.get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void everyPageNamesTheSiteFeedAndListingsTheirOwn() {
		assertThat(this.http.page("/").select("link[rel=alternate][type=application/atom+xml]"))
			.extracting((link) -> link.attr("href"))
			.contains("/feed.xml");
		assertThat(this.http.page("/tags/d%C3%A9fense").select("link[rel=alternate][type=application/atom+xml]"))
			.extracting((link) -> link.attr("href"))
			.contains("/feed.xml", "/tags/défense/feed.xml");
	}

	@Test
	void subscribePageListsTheFeedsAbsolutely() {
		org.jsoup.nodes.Document page = this.http.page("/subscribe");
		assertThat(page.select(".feed-url")).extracting(org.jsoup.nodes.Element::text)
			.contains(SITE + "/feed.xml", SITE + "/sections/middle-east/feed.xml");
		assertThat(this.http.page("/").selectFirst("header a[href=/subscribe]").text()).isEqualTo("Subscribe");
	}

	@Test
	void sitemapListsEveryVisibleArticleWithLastChangeAndPhoto() throws Exception {
		HttpResponse<String> response = this.http.get("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		Element urlset = xml(response).getDocumentElement();
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
		List<String> locations = new ArrayList<>();
		for (Element url : children(urlset, SITEMAP, "url")) {
			String loc = text(url, SITEMAP, "loc");
			locations.add(loc);
			assertThat(Instant.parse(text(url, SITEMAP, "lastmod"))).isNotNull();
			if (loc.endsWith("/troop-withdrawal-completed-ahead-of-schedule")) {
				assertThat(text(url, SITEMAP, "lastmod")).isEqualTo("2020-05-01T10:30:00Z");
			}
			if (loc.endsWith("/harbour-reopens-after-the-storm")) {
				Element image = children(url, IMAGE, "image").get(0);
				assertThat(text(image, IMAGE, "loc")).startsWith(SITE + "/media/");
				assertThat(text(image, IMAGE, "caption")).isEqualTo("A zeppelin-shaped crane unloads the first ship");
			}
		}
		assertThat(locations)
			.contains(SITE + "/articles/troop-withdrawal-completed-ahead-of-schedule",
					SITE + "/articles/harbour-reopens-after-the-storm")
			.doesNotContain(SITE + "/articles/embargoed-story-about-a-withdrawal");
	}

	@Test
	void idRangesOfASitemapIndexCoverEveryVisibleArticleOnce() throws Exception {
		long urls = children(xml(this.http.get("/sitemap.xml")).getDocumentElement(), SITEMAP, "url").size();
		assertThat(this.index.visibleCount()).isEqualTo(urls);
		SortedMap<Long, Long> wide = this.index.idRangeCounts(ArticleReader.SITEMAP_CHUNK_IDS);
		assertThat(wide.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(urls);
		SortedMap<Long, Long> narrow = this.index.idRangeCounts(3);
		assertThat(narrow.values()).allSatisfy((count) -> assertThat(count).isBetween(1L, 3L));
		assertThat(narrow.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(urls);
	}

	@Test
	void newsSitemapHoldsOnlyTheLast48Hours() throws Exception {
		Element urlset = xml(this.http.get("/news-sitemap.xml")).getDocumentElement();
		List<Element> urls = children(urlset, SITEMAP, "url");
		assertThat(urls).extracting((url) -> text(url, SITEMAP, "loc"))
			.contains(SITE + "/articles/harbour-reopens-after-the-storm")
			.doesNotContain(SITE + "/articles/troop-withdrawal-completed-ahead-of-schedule");
		Element news = children(urls.get(0), NEWS, "news").get(0);
		Element publication = children(news, NEWS, "publication").get(0);
		assertThat(text(publication, NEWS, "name")).isEqualTo("Gazette");
		assertThat(text(publication, NEWS, "language")).isEqualTo("en");
		assertThat(Instant.parse(text(news, NEWS, "publication_date"))).isAfter(Instant.now().minusSeconds(48 * 3600));
		assertThat(text(news, NEWS, "title")).isNotBlank();
	}

	@Test
	void robotsNamesBothSitemaps() {
		HttpResponse<String> robots = this.http.get("/robots.txt");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.body()).contains("Sitemap: " + SITE + "/sitemap.xml",
				"Sitemap: " + SITE + "/news-sitemap.xml", "Disallow: /admin/");
	}

	private Element feed(String path) throws Exception {
		HttpResponse<String> response = this.http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return xml(response).getDocumentElement();
	}

	private static Element entryTitled(Element feed, String title) {
		return children(feed, ATOM, "entry").stream()
			.filter((entry) -> title.equals(text(entry, ATOM, "title")))
			.findFirst()
			.orElseThrow();
	}

	private static Document xml(HttpResponse<String> response) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> children(Element parent, String namespace, String name) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	private static String text(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		assertThat(found).as(name + " in " + parent.getLocalName()).isNotEmpty();
		return found.get(0).getTextContent();
	}

	private static List<String> links(Element parent) {
		return children(parent, ATOM, "link").stream()
			.map((link) -> link.getAttribute("rel") + " " + link.getAttribute("href"))
			.toList();
	}

}
