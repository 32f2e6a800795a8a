package org.gazette;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code content/} imported at start-up and read over real HTTP: the SCO summit
 * story holds every paragraph of the seed text, once, as a reader sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedStoryIntegrationTests {

	private static final String SLUG = "sco-summit-putin-calls-for-common-line-on-afghanistan-in-wake-of-us-flight";

	private static final String CAPTION = "Russian President Vladimir Putin attends a meeting of the Council of Heads of State of the Shanghai Cooperation Organisation (SCO) held in Dushanbe, via videoconference, at the Novo-Ogaryovo state residence, outside Moscow, Russia";

	private static final String CREDIT = "© Sputnik / Alexei Druzhinin";

	/** Lines of the seed that are scraping debris, not paragraphs of the story. */
	private static final Set<String> DEBRIS = Set.of("Subscribe", CREDIT + CAPTION, CAPTION, CREDIT);

	private static List<String> seed;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void readSeed() throws IOException {
		try (InputStream input = SeedStoryIntegrationTests.class.getResourceAsStream("/seed/sco-summit-story.txt")) {
			seed = new String(input.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.toList();
		}
	}

	@Test
	void articleHoldsEveryParagraphOfTheSeedOnce() throws Exception {
		Document page = get("/articles/" + SLUG);
		String text = page.selectFirst("main article").text();
		List<String> paragraphs = seed.subList(2, seed.size())
			.stream()
			.filter((line) -> !DEBRIS.contains(line))
			.toList();
		assertThat(paragraphs).as("lead, nine paragraphs and the footnote").hasSize(11);
		for (String paragraph : paragraphs) {
			assertThat(occurrences(text, paragraph)).as(paragraph).isEqualTo(1);
		}
		assertThat(page.selectFirst("h1").text()).isEqualTo(seed.get(0));
		assertThat(page.title()).startsWith(seed.get(0));
		assertThat(text).doesNotContain("Subscribe");
	}

	@Test
	void datelineIsInTheSeedsStyleWithMachineReadableTimes() throws Exception {
		Document page = get("/articles/" + SLUG);
		Element dateline = page.selectFirst(".article__dateline");
		assertThat(dateline.text()).isEqualTo(seed.get(1));
		assertThat(dateline.select("time")).extracting((time) -> time.attr("datetime"))
			.containsExactly("2021-09-17T07:48:00Z", "2021-09-17T09:18:00Z");
	}

	@Test
	void photoIsOneFigureWithCaptionAndCreditOnce() throws Exception {
		Document page = get("/articles/" + SLUG);
		assertThat(page.select("figure")).hasSize(1);
		Element figure = page.selectFirst("figure");
		assertThat(figure.selectFirst("figcaption .caption").text()).isEqualTo(CAPTION);
		assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo(CREDIT);
		assertThat(occurrences(page.body().text(), CAPTION)).isEqualTo(1);
		assertThat(occurrences(page.body().text(), CREDIT)).isEqualTo(1);
		Element img = figure.selectFirst("img");
		assertThat(img.attr("alt")).isNotBlank();
		assertThat(img.attr("width")).isEqualTo("1200");
		HttpResponse<byte[]> image = this.http.send(request(img.attr("src")), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(image.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).contains("max-age=31536000", "immutable"));
		assertThat(image.body()).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void footnoteIsLinkedFromTheAsteriskAfterTalibanAndBack() throws Exception {
		Document page = get("/articles/" + SLUG);
		Element marker = page.selectFirst("a.footnote-ref");
		assertThat(marker.text()).isEqualTo("*");
		assertThat(marker.parent().previousSibling().toString()).endsWith("Taliban");
		Element note = page.getElementById(marker.attr("href").substring(1));
		assertThat(note.text())
			.startsWith("*The Taliban is a terrorist group banned in Russia and many other countries.");
		Element back = note.selectFirst("a.footnote-backref");
		assertThat(page.getElementById(back.attr("href").substring(1))).isEqualTo(marker.parent());
	}

	@Test
	void frontPageLeadsWithTheStory() throws Exception {
		Document page = get("/");
		Element lead = page.selectFirst(".story--lead");
		assertThat(lead.selectFirst("h2 a").attr("href")).isEqualTo("/articles/" + SLUG);
		assertThat(lead.selectFirst("img")).isNotNull();
		assertThat(page.select(".site-nav a")).extracting(Element::text).contains("World");
	}

	@Test
	void sectionAndTagPagesListTheStory() throws Exception {
		assertThat(get("/sections/world").select("a[href=/articles/" + SLUG + "]")).isNotEmpty();
		assertThat(get("/tags/vladimir-putin").select("a[href=/articles/" + SLUG + "]")).isNotEmpty();
	}

	private Document get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(request(path), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
