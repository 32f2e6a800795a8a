package org.gazette.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in Chromium, by clicking: the front page, a story with its photo and footnote,
 * paging, a tag, a section, search and the Subscribe page.
 */
class ReaderBrowserTests extends BrowserTestSupport {

	@Test
	void readerFollowsTheLeadStoryToItsPhotoAndFootnoteAndBack() {
		open("/");
		assertThat(this.browser.getTitle()).isEqualTo("Gazette — latest news");
		find(".story--lead .story__title a").click();
		waitFor("the SCO story", (driver) -> path().equals("/articles/" + BrowserContent.SCO_SLUG));
		assertThat(find("h1").getText()).isEqualTo(BrowserContent.SCO_TITLE);

		WebElement image = find(".article__image img");
		assertThat(isLoaded(image)).as("the photo is shown").isTrue();
		assertThat(image.getAttribute("alt")).startsWith("Placeholder for the photo of Vladimir Putin");
		assertThat(find(".article__image figcaption .caption").getText())
			.startsWith("Russian President Vladimir Putin attends a meeting");
		assertThat(find(".article__image figcaption .credit").getText()).isEqualTo("© Sputnik / Alexei Druzhinin");

		WebElement marker = find(".article__lead a.footnote-ref");
		assertThat(marker.getText()).isEqualTo("*");
		marker.click();
		waitFor("the note as the page's target", (driver) -> path().contains("#"));
		WebElement note = find(":target");
		assertThat(note.getText()).contains("The Taliban is a terrorist group banned in Russia");
		waitFor("the note scrolled into view", (driver) -> isWhollyInView(note));

		note.findElement(By.cssSelector("a.footnote-backref")).click();
		waitFor("back at the marker", (driver) -> isWhollyInView(marker));
		assertThat(this.<Boolean>script("return document.querySelector(':target').contains(arguments[0]);", marker))
			.isTrue();
	}

	@Test
	void readerPagesThroughTheFrontPage() {
		open("/");
		assertThat(findAll(".story--lead, .story-list > li")).hasSize(20);
		assertThat(find(".pagination__position").getText()).isEqualTo("Page 1 of 2");
		find(".pagination a[rel=next]").click();
		waitFor("page 2", (driver) -> path().equals("/?page=2"));
		assertThat(this.browser.getTitle()).isEqualTo("Latest news, page 2 · Gazette");
		assertThat(find(".pagination__position").getText()).isEqualTo("Page 2 of 2");
		assertThat(findAll(".story-list > li")).hasSize(BrowserContent.storyCount() - 20);
		assertThat(titles()).contains("Solar farm begins supplying the grid").doesNotContain(BrowserContent.SCO_TITLE);
		assertThat(findAll(".pagination a[rel=next]")).isEmpty();

		find(".pagination a[rel=prev]").click();
		waitFor("page 1", (driver) -> find(".pagination__position").getText().equals("Page 1 of 2"));
		assertThat(find(".story--lead .story__title").getText()).isEqualTo(BrowserContent.SCO_TITLE);
	}

	@Test
	void readerFollowsATagAndASection() {
		open("/articles/" + BrowserContent.SCO_SLUG);
		find(".article__footer .tags").findElement(By.linkText("SCO")).click();
		waitFor("the SCO tag", (driver) -> path().equals("/tags/sco"));
		assertThat(find("h1").getText()).isEqualTo("SCO");
		assertThat(titles()).containsExactly(BrowserContent.SCO_TITLE, "Dushanbe prepares for the summit week",
				"Foreign ministers meet ahead of the summit");

		find(".story-list").findElement(By.linkText("Dushanbe prepares for the summit week")).click();
		waitFor("the brief", (driver) -> find("h1").getText().equals("Dushanbe prepares for the summit week"));
		find(".article__section a").click();
		waitFor("the World section", (driver) -> path().equals("/sections/world"));
		assertThat(find("h1").getText()).isEqualTo("World");
		assertThat(titles()).contains(BrowserContent.SCO_TITLE, "Mountain road closed by landslide")
			.doesNotContain("Film festival names its jury");

		find(".site-nav").findElement(By.linkText("Culture")).click();
		waitFor("the Culture section", (driver) -> path().equals("/sections/culture"));
		assertThat(titles()).contains("Film festival names its jury").doesNotContain(BrowserContent.SCO_TITLE);
	}

	@Test
	void readerSearchesAndOpensAResult() {
		open("/");
		WebElement box = find("#site-search-q");
		box.sendKeys("caravanserai", Keys.ENTER);
		waitFor("the results", (driver) -> path().startsWith("/search?q=caravanserai"));
		assertThat(find(".search-count").getText()).isEqualTo("1 story matches “caravanserai”.");
		assertThat(find(".search-results mark").getText()).isEqualToIgnoringCase("caravanserai");
		assertThat(find("#search-q").getAttribute("value")).isEqualTo("caravanserai");

		WebElement again = find("#search-q");
		again.clear();
		again.sendKeys("withdrawal Taliban");
		find(".search-form button").click();
		waitFor("the second search", (driver) -> path().startsWith("/search?q=withdrawal+Taliban"));
		find(".search-results .story__title a").click();
		waitFor("the story found", (driver) -> path().equals("/articles/" + BrowserContent.SCO_SLUG));
		assertThat(find("h1").getText()).isEqualTo(BrowserContent.SCO_TITLE);
	}

	@Test
	void readerOpensTheSubscribePage() {
		open("/articles/" + BrowserContent.SCO_SLUG);
		find(".site-subscribe").click();
		waitFor("the Subscribe page", (driver) -> path().equals("/subscribe"));
		assertThat(find("h1").getText()).isEqualTo("Subscribe");
		assertThat(find(".subscribe-page .feed-url").getAttribute("href")).isEqualTo(url("/feed.xml"));
		assertThat(findAll(".feed-list li")).extracting(WebElement::getText)
			.anySatisfy((line) -> assertThat(line).startsWith("World: ").endsWith("/sections/world/feed.xml"));
	}

	List<String> titles() {
		return findAll(".story__title").stream().map(WebElement::getText).toList();
	}

	boolean isLoaded(WebElement image) {
		return script("return arguments[0].complete && arguments[0].naturalWidth > 0;", image);
	}

	boolean isWhollyInView(WebElement element) {
		return script("var r = arguments[0].getBoundingClientRect();"
				+ " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element);
	}

}
