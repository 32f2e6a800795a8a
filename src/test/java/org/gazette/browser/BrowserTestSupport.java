package org.gazette.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.gazette.account.AccountService;
import org.gazette.account.Role;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Editor;
import org.gazette.article.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: one application on a random port with the
 * {@link BrowserContent} site (one application context for all browser test classes), one
 * Chromium ({@link Chromium}), reset before each test to a signed-out desktop window in
 * the light colour scheme, and the steps a person takes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Chromium.class)
abstract class BrowserTestSupport {

	/** How long a step may take: generous, for a busy CI machine; waits end when done. */
	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final String PASSWORD = "a-long-password-1";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ArticleService articles;

	ChromeDriver browser;

	@DynamicPropertySource
	static void site(DynamicPropertyRegistry registry) {
		registry.add("gazette.content.dir", () -> BrowserContent.directory().toString());
	}

	@BeforeEach
	void freshBrowser(ChromeDriver browser) {
		this.browser = browser;
		closeWindowsWithoutAsking();
		Emulation.reset(browser);
		// Public pages may be cached for a minute: each test starts with none.
		browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
		browser.get(url("/robots.txt"));
		script("window.localStorage.clear(); window.sessionStorage.clear();");
		browser.manage().deleteAllCookies();
	}

	/**
	 * Replaces every window with one new, blank one. A page with unsaved text would ask
	 * before being left ("leave this page?") and hold up a navigation; closing its window
	 * through WebDriver BiDi does not ask.
	 */
	private void closeWindowsWithoutAsking() {
		try {
			this.browser.switchTo().alert().accept();
		}
		catch (NoAlertPresentException ex) {
			// Nothing asked.
		}
		Set<String> previous = Set.copyOf(this.browser.getWindowHandles());
		this.browser.switchTo().newWindow(WindowType.TAB);
		for (String window : previous) {
			new BrowsingContext(this.browser, window).close();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void open(String path) {
		this.browser.get(url(path));
	}

	/** The path and query of the page shown. */
	String path() {
		String current = this.browser.getCurrentUrl();
		return current.substring(url("").length());
	}

	WebElement find(String css) {
		return this.browser.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.browser.findElements(By.cssSelector(css));
	}

	<T> T waitFor(String what, Function<WebDriver, T> condition) {
		return new WebDriverWait(this.browser, PATIENCE).withMessage(what).until(condition);
	}

	@SuppressWarnings("unchecked")
	<T> T script(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) this.browser).executeScript(script, arguments);
	}

	/**
	 * Runs axe-core on the page shown.
	 * @param what what the page is, for the failure message
	 */
	void assertAccessible(String what) {
		assertThat(Axe.seriousViolations(this.browser)).as("accessibility of " + what).isEmpty();
	}

	/**
	 * Creates an account and signs in with it on the sign-in page.
	 * @param role the account's role
	 * @return its username
	 */
	String signIn(Role role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, role);
		open("/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(PASSWORD);
		find("main form button[type=submit]").click();
		waitFor("the newsroom after signing in", (driver) -> path().equals("/admin"));
		assertThat(find("h1").getText()).isEqualTo("Articles");
		return username;
	}

	/**
	 * An article written straight through the service, as a fixture.
	 * @param title its headline
	 * @param status draft or published
	 * @return the article as stored
	 */
	StoredArticle article(String title, ArticleStatus status) {
		return article(title, status, null);
	}

	/**
	 * An article written straight through the service, as a fixture.
	 * @param title its headline
	 * @param status draft or published
	 * @param publishAt when readers are to see it, {@code null} for now
	 * @return the article as stored
	 */
	StoredArticle article(String title, ArticleStatus status, Instant publishAt) {
		String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-"
				+ UUID.randomUUID().toString().substring(0, 6);
		ArticleContent content = new ArticleContent(title, slug, "The lead of " + title + ".",
				"The first paragraph of " + title + ".\n\nThe second paragraph.\n", "World", List.of("Newsroom"),
				"Jane Reporter", null, null, status, publishAt, null, null);
		return this.articles.create(content, FIXTURES);
	}

	static final Editor FIXTURES = new Editor("fixtures", true);

	/**
	 * Chromium's emulation of devices and media features, through the DevTools protocol.
	 */
	static final class Emulation {

		private Emulation() {
		}

		/**
		 * A desktop window of exactly {@value Chromium#WIDTH} × {@value Chromium#HEIGHT}
		 * CSS pixels (a headless window's own size includes room for its absent tool
		 * bars).
		 */
		static void desktop(ChromeDriver browser) {
			desktop(browser, Chromium.HEIGHT);
		}

		/**
		 * A desktop window {@value Chromium#WIDTH} CSS pixels wide.
		 */
		static void desktop(ChromeDriver browser, int height) {
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", Chromium.WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
			browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
		}

		/**
		 * A phone: a narrow screen that honours the viewport meta tag, with touch.
		 */
		static void phone(ChromeDriver browser, int width, int height) {
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
			browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
		}

		/**
		 * A colour scheme, {@code light} or {@code dark}, as the reader's system would
		 * ask for it. Motion is always reduced: smooth scrolling would move a link while
		 * the driver clicks it.
		 */
		static void colorScheme(ChromeDriver browser, String scheme) {
			browser.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme),
							Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		}

		static void reset(ChromeDriver browser) {
			desktop(browser);
			colorScheme(browser, "light");
		}

	}

}
