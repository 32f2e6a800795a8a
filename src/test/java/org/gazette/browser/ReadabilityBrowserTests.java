package org.gazette.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gazette.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers who are not at a desktop in daylight with a mouse: on a phone, in the dark
 * colour scheme, with the keyboard only.
 */
class ReadabilityBrowserTests extends BrowserTestSupport {

	private static final List<String> PAGES = List.of("/", "/articles/" + BrowserContent.SCO_SLUG, "/sections/world",
			"/tags/sco", "/search?q=summit", "/subscribe", "/no-such-page");

	/**
	 * For each element with text of its own that is shown: its font size, and the
	 * contrast of its colour with the background behind it (the first opaque one among
	 * its ancestors, with translucent ones blended over it).
	 */
	private static final String TEXT_STYLES = """
			function rgba(value) {
				var m = /rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)/.exec(value);
				return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null;
			}
			function over(top, bottom) {
				var a = top[3];
				return [0, 1, 2].map(function (i) { return top[i] * a + bottom[i] * (1 - a); }).concat([1]);
			}
			function luminance(c) {
				var l = c.slice(0, 3).map(function (v) {
					v = v / 255;
					return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
				});
				return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
			}
			function background(element) {
				var layers = [];
				for (var e = element; e; e = e.parentElement) {
					var c = rgba(getComputedStyle(e).backgroundColor);
					if (c && c[3] > 0) {
						layers.push(c);
						if (c[3] === 1) {
							break;
						}
					}
				}
				var result = [255, 255, 255, 1];
				if (layers.length && layers[layers.length - 1][3] === 1) {
					result = layers.pop();
				}
				while (layers.length) {
					result = over(layers.pop(), result);
				}
				return result;
			}
			var found = [];
			document.querySelectorAll('body *').forEach(function (element) {
				var own = Array.prototype.some.call(element.childNodes, function (node) {
					return node.nodeType === 3 && node.textContent.trim().length > 0;
				});
				var style = getComputedStyle(element);
				var box = element.getBoundingClientRect();
				if (!own || style.visibility !== 'visible' || box.width <= 1 || box.height <= 1
						|| element.closest('[hidden], .visually-hidden, option, datalist')) {
					return;
				}
				var back = background(element);
				var color = over(rgba(style.color), back);
				var l1 = luminance(color), l2 = luminance(back);
				var contrast = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
				found.push({
					text: element.tagName.toLowerCase() + (element.className ? '.' + element.className : '')
						+ ' "' + element.textContent.trim().substring(0, 40) + '"',
					size: parseFloat(style.fontSize),
					contrast: Math.round(contrast * 100) / 100,
					backgroundLuminance: luminance(back)
				});
			});
			return found;
			""";

	@Test
	void onAPhoneNothingScrollsSidewaysTextIsReadableAndNavigationWorks() {
		Emulation.phone(this.browser, 375, 812);
		List<String> problems = new ArrayList<>();
		for (String page : PAGES) {
			open(page);
			// A page too wide for the phone is zoomed out to fit, which widens the
			// viewport.
			long innerWidth = script("return window.innerWidth;");
			long scrollWidth = script("return document.documentElement.scrollWidth;");
			if (innerWidth != 375 || scrollWidth > innerWidth) {
				problems
					.add(page + " is laid out " + Math.max(innerWidth, scrollWidth) + " px wide on a 375 px screen");
			}
			for (Map<String, Object> text : textStyles()) {
				double size = ((Number) text.get("size")).doubleValue();
				if (size < 12) {
					problems.add(page + ": " + text.get("text") + " is " + size + " px");
				}
			}
		}
		open("/articles/" + BrowserContent.SCO_SLUG);
		for (String body : List.of(".article__body p", ".article__lead")) {
			double size = fontSize(find(body));
			if (size < 16) {
				problems.add(body + " on the article is " + size + " px, smaller than 16");
			}
		}
		assertThat(problems).isEmpty();

		WebElement photo = find(".article__image img");
		assertThat(photo.getRect().getWidth()).as("the photo fits the screen").isLessThanOrEqualTo(375);
		find(".site-nav").findElement(By.linkText("Economy")).click();
		waitFor("the Economy section", (driver) -> path().equals("/sections/economy"));
		assertThat(fontSize(find(".story__summary"))).isGreaterThanOrEqualTo(16);
		WebElement search = find("#site-search-q");
		assertThat(search.getRect().getX() + search.getRect().getWidth()).as("the search box is on screen")
			.isLessThanOrEqualTo(375);
		search.sendKeys("grain", Keys.ENTER);
		waitFor("the results", (driver) -> path().startsWith("/search?q=grain"));
		find(".search-results .story__title a").click();
		waitFor("a story", (driver) -> path().startsWith("/articles/"));
		find(".site-name").click();
		waitFor("the front page", (driver) -> path().equals("/"));
	}

	@Test
	void inTheDarkColourSchemeTextKeepsItsContrast() {
		Emulation.colorScheme(this.browser, "dark");
		List<String> problems = new ArrayList<>();
		for (String page : PAGES) {
			open(page);
			assertThat(this.<Boolean>script("return matchMedia('(prefers-color-scheme: dark)').matches;")).isTrue();
			List<Map<String, Object>> texts = textStyles();
			assertThat(texts).as(page).isNotEmpty();
			for (Map<String, Object> text : texts) {
				double contrast = ((Number) text.get("contrast")).doubleValue();
				if (contrast < 4.5) {
					problems.add(page + ": " + text.get("text") + " has a contrast of " + contrast);
				}
			}
			double body = ((Number) texts.get(0).get("backgroundLuminance")).doubleValue();
			assertThat(body).as("the page is dark").isLessThan(0.05);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theSkipLinkComesFirstAndTakesTheKeyboardToTheContent() {
		open("/articles/" + BrowserContent.SCO_SLUG);
		tab();
		WebElement skip = focused();
		assertThat(skip.getText()).isEqualTo("Skip to the content");
		assertThat(hasVisibleFocus(skip)).isTrue();
		assertThat(skip.getRect().getY()).as("the skip link shows itself when focused").isGreaterThanOrEqualTo(0);
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		waitFor("the content as target", (driver) -> path().endsWith("#main"));
		tab();
		WebElement first = focused();
		assertThat(this.<Boolean>script("return document.getElementById('main').contains(arguments[0]);", first))
			.as("the next Tab is in the content, not the header: %s", first.getText())
			.isTrue();
		assertThat(first.getDomProperty("textContent")).isEqualTo("World");
	}

	@Test
	void everyLinkAndControlOfReadersPagesIsReachedWithTabAndShowsFocus() {
		for (String page : List.of("/", "/articles/" + BrowserContent.SCO_SLUG, "/search?q=summit")) {
			open(page);
			assertEveryControlReachedWithVisibleFocus(page);
		}
	}

	@Test
	void everyControlOfTheArticleFormIsReachedWithTabAndShowsFocus() {
		signIn(Role.EDITOR);
		open("/admin/articles/new");
		waitFor("the photo panel", (driver) -> find(".photo-picker__controls").isDisplayed());
		assertEveryControlReachedWithVisibleFocus("/admin/articles/new");
	}

	private void assertEveryControlReachedWithVisibleFocus(String page) {
		List<WebElement> expected = findAll("a[href], button, input:not([type=hidden]), select, textarea, [tabindex]")
			.stream()
			.filter((element) -> !"-1".equals(element.getAttribute("tabindex")) && element.isEnabled()
					&& isRendered(element))
			.toList();
		List<WebElement> reached = new ArrayList<>();
		List<String> unseen = new ArrayList<>();
		script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
		for (int i = 0; i < expected.size() + 20; i++) {
			tab();
			WebElement element = focused();
			if (element == null || (!reached.isEmpty() && element.equals(reached.get(0)))) {
				break;
			}
			reached.add(element);
			if (!hasVisibleFocus(element)) {
				unseen.add(describe(element));
			}
		}
		// Tab stops once on a group of radio buttons; the arrow keys choose within it.
		List<String> groupsReached = reached.stream()
			.filter((element) -> "radio".equals(element.getAttribute("type")))
			.map((element) -> element.getAttribute("name"))
			.toList();
		List<String> missed = expected.stream()
			.filter((element) -> !reached.contains(element) && !("radio".equals(element.getAttribute("type"))
					&& groupsReached.contains(element.getAttribute("name"))))
			.map(this::describe)
			.toList();
		assertThat(missed).as("controls of %s that Tab never reaches", page).isEmpty();
		assertThat(unseen).as("controls of %s focused without a visible outline", page).isEmpty();
	}

	private void tab() {
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
	}

	private WebElement focused() {
		return script("var e = document.activeElement; return (e && e !== document.body) ? e : null;");
	}

	/**
	 * A focus ring at least 2 px wide, in view and not covered.
	 */
	private boolean hasVisibleFocus(WebElement element) {
		return script("""
				var e = arguments[0], s = getComputedStyle(e), r = e.getBoundingClientRect();
				var ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
				var inView = r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
				// Not hidden under something else, such as a sticky bar.
				// (A tall field is seen if its top or middle is.)
				var x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
				var uncovered = [r.top + Math.min(8, r.height / 2), r.top + r.height / 2].some(function (y) {
					var top = document.elementFromPoint(x, Math.min(Math.max(y, 0), window.innerHeight - 1));
					return top !== null && (e.contains(top) || top.contains(e) || (e.labels
						&& Array.prototype.some.call(e.labels, function (l) { return l.contains(top); })));
				});
				// A date and time field focuses one of its parts, inside the field.
				var focused = e.matches(':focus-visible') || e.matches(':focus-within');
				return focused && ring && inView && uncovered;
				""", element);
	}

	private boolean isRendered(WebElement element) {
		return this.<Boolean>script("var r = arguments[0].getBoundingClientRect(), s = getComputedStyle(arguments[0]);"
				+ " return r.width > 0 && r.height > 0 && s.visibility === 'visible';", element);
	}

	private String describe(WebElement element) {
		return element.getTagName() + "[" + element.getAttribute("outerHTML")
			.substring(0, Math.min(100, element.getAttribute("outerHTML").length())) + "]";
	}

	private double fontSize(WebElement element) {
		return Double.parseDouble(element.getCssValue("font-size").replace("px", ""));
	}

	private List<Map<String, Object>> textStyles() {
		return script(TEXT_STYLES);
	}

}
