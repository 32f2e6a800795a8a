package org.gazette.browser;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.gazette.account.Role;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleStatus;
import org.gazette.article.StoredArticle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.bidi.browsingcontext.UserPromptType;
import org.openqa.selenium.bidi.module.BrowsingContextInspector;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in Chromium, with the newsroom's script: writing with the live preview,
 * autosave, the photo panel, publishing, two windows on one story, restoring a revision,
 * and being asked before leaving unsaved text.
 */
class EditorBrowserTests extends BrowserTestSupport {

	private static final Pattern EDIT_PATH = Pattern.compile("^/admin/articles/(\\d+)/edit");

	@Test
	void editorWritesWithTheLivePreviewInsertsAPhotoAndPublishesToTheFrontPage() throws IOException {
		signIn(Role.EDITOR);
		find(".site-nav").findElement(By.linkText("New article")).click();
		waitFor("the form", (driver) -> path().equals("/admin/articles/new"));
		Long id = null;
		try {
			find("#title").sendKeys("Harbour cranes return to work");
			waitFor("the headline in the preview",
					(driver) -> find("#preview .preview__title").getText().equals("Harbour cranes return to work"));
			assertThat(find("#slug").getAttribute("value")).as("the slug follows the headline")
				.isEqualTo("harbour-cranes-return-to-work");
			find("#summary").sendKeys("The port is busy again after a month of *repairs*.");
			find("#body").sendKeys("The first cranes **moved** at dawn.");
			waitFor("the text in the preview",
					(driver) -> find("#preview .article__body").getText().equals("The first cranes moved at dawn."));
			assertThat(find("#preview .article__body strong").getText()).isEqualTo("moved");
			assertThat(find("#preview .article__lead em").getText()).isEqualTo("repairs");
			find("#section").sendKeys("World");
			find("#author").sendKeys("Jane Reporter");

			// A few seconds after the typing stops, the new article is autosaved as a
			// draft.
			waitFor("the autosave", (driver) -> find("[data-autosave-status]").getText().startsWith("Autosaved at"));
			Matcher draft = EDIT_PATH.matcher(path());
			assertThat(draft.find()).as("the address of the draft: %s", path()).isTrue();
			id = Long.valueOf(draft.group(1));

			find("#body").sendKeys("\n\n");
			find("#photo-picker-file").sendKeys(photo().toString());
			find("#photo-picker-alt").sendKeys("Two cranes over a container ship at sunrise");
			find("#photo-picker-caption").sendKeys("The first ship unloaded since the storm");
			find("#photo-picker-credit").sendKeys("© Gazette / Test Photographer");
			find(".photo-picker__upload").click();
			waitFor("the photo inserted", (driver) -> find(".photo-picker__status").getText()
				.matches("Inserted harbour-cranes-.+ into the body\\."));
			assertThat(find("#body").getDomProperty("value")).startsWith("The first cranes **moved** at dawn.\n\n")
				.contains("![Two cranes over a container ship at sunrise](/media/harbour-cranes-")
				.contains("\"The first ship unloaded since the storm\"){credit=\"© Gazette / Test Photographer\"}");
			WebElement figure = waitFor("the figure in the preview",
					ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview .article__body figure")));
			assertThat(isLoaded(figure.findElement(By.tagName("img")))).as("the photo shows in the preview").isTrue();
			assertThat(figure.findElement(By.tagName("figcaption")).getText())
				.contains("The first ship unloaded since the storm", "© Gazette / Test Photographer");
			assertThat(findAll(".photo-picker__recent button")).as("the photo among the recent ones").isNotEmpty();
			waitFor("the checklist clear", (driver) -> findAll("#checklist .check--open").isEmpty());
			assertAccessible("the article form with its preview");

			WebElement publish = find("input[name=status][value=PUBLISHED]");
			script("arguments[0].scrollIntoView({ block: 'center' });", publish);
			publish.click();
			find("#article-form button[type=submit]:not([name])").click();
			waitFor("the saved article", (driver) -> !findAll(".flash--success").isEmpty());
			assertThat(find(".flash--success").getText())
				.isEqualTo("Saved. It is published: readers see this version now.");
			assertThat(path()).isEqualTo("/admin/articles/" + id + "/edit");

			find(".site-header__actions").findElement(By.linkText("View site")).click();
			waitFor("the front page", (driver) -> path().equals("/"));
			find(".story--lead .story__title a").click();
			waitFor("the story", (driver) -> path().equals("/articles/harbour-cranes-return-to-work"));
			assertThat(find("h1").getText()).isEqualTo("Harbour cranes return to work");
			WebElement published = find(".article__body figure");
			assertThat(isLoaded(published.findElement(By.tagName("img")))).isTrue();
			assertThat(published.findElement(By.cssSelector("figcaption .credit")).getText())
				.isEqualTo("© Gazette / Test Photographer");
		}
		finally {
			if (id != null) {
				// The front page is the readers' tests' again.
				this.articles.delete(id, FIXTURES);
				this.articles.purge(id, FIXTURES);
			}
		}
	}

	@Test
	void aSaveWhileTheFirstAutosaveIsOnItsWaySavesTheDraftItCreates() {
		signIn(Role.EDITOR);
		open("/admin/articles/new");
		// A slow connection, and a count of the autosaves on their way.
		this.browser.executeCdpCommand("Network.enable", Map.of());
		this.browser.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", false, "latency", 2000, "downloadThroughput", -1, "uploadThroughput", -1));
		script("""
				var fetch = window.fetch;
				window.autosavesUnderway = 0;
				window.fetch = function (url) {
					if (String(url).indexOf('/autosave') < 0) {
						return fetch.apply(window, arguments);
					}
					window.autosavesUnderway++;
					return fetch.apply(window, arguments).finally(function () { window.autosavesUnderway--; });
				};
				""");
		find("#title").sendKeys("Saved in a hurry");
		find("#summary").sendKeys("A lead.");
		find("#section").sendKeys("World");
		find("#body").sendKeys("Typed, then saved at once.");
		Long id = null;
		try {
			new WebDriverWait(this.browser, Duration.ofSeconds(20)).withMessage("the autosave under way")
				.until((driver) -> this.<Long>script("return window.autosavesUnderway;") > 0
						&& path().equals("/admin/articles/new"));
			WebElement save = find("#article-form button[type=submit]:not([name])");
			script("arguments[0].scrollIntoView({ block: 'center' });", save);
			save.click();
			new WebDriverWait(this.browser, Duration.ofSeconds(30)).withMessage("the saved draft")
				.until((driver) -> !findAll(".flash--success, .flash--error").isEmpty());
			assertThat(findAll(".flash--error")).extracting(WebElement::getText).isEmpty();
			assertThat(find(".flash--success").getText()).isEqualTo("Saved as a draft.");
			Matcher edit = EDIT_PATH.matcher(path());
			assertThat(edit.find()).as(path()).isTrue();
			id = Long.valueOf(edit.group(1));
			assertThat(this.articles.find(id).content().bodyMarkdown()).startsWith("Typed, then saved at once.");
		}
		finally {
			this.browser.executeCdpCommand("Network.emulateNetworkConditions",
					Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		}
		open("/admin?status=draft");
		assertThat(findAll("tbody a").stream().filter((link) -> link.getText().equals("Saved in a hurry")))
			.as("one article, not two")
			.hasSize(1);
	}

	@Test
	void inTwoWindowsOnOneStoryTheSecondSaveIsRefusedAndKeepsItsText() {
		StoredArticle story = article("Two windows, one story", ArticleStatus.DRAFT);
		signIn(Role.EDITOR);
		String edit = "/admin/articles/" + story.id() + "/edit";
		open(edit);
		String first = this.browser.getWindowHandle();
		this.browser.switchTo().newWindow(WindowType.WINDOW);
		String second = this.browser.getWindowHandle();
		open(edit);

		this.browser.switchTo().window(first);
		replaceBody("The first window's paragraph.");
		save();
		assertThat(find(".flash--success").getText()).isEqualTo("Saved as a draft.");

		this.browser.switchTo().window(second);
		replaceBody("The second window's paragraph.");
		save();
		WebElement refusal = find(".flash--error");
		assertThat(refusal.getText()).contains("saved this article while you were editing it",
				"Your text is still in the form");
		assertThat(find("#body").getDomProperty("value")).isEqualTo("The second window's paragraph.");
		assertThat(find(".conflict .diff__line--removed").getText()).contains("The first window's paragraph.");
		assertThat(find(".conflict .diff__line--added").getText()).contains("The second window's paragraph.");
		assertThat(find("[data-local-offer]").isDisplayed()).as("nothing to offer back: the form has it").isFalse();
		assertAccessible("the refused save");
		assertThat(this.articles.find(story.id()).content().bodyMarkdown()).contains("The first window's paragraph.");

		save();
		assertThat(find(".flash--success").getText()).isEqualTo("Saved as a draft.");
		assertThat(this.articles.find(story.id()).content().bodyMarkdown()).contains("The second window's paragraph.")
			.doesNotContain("first window");
		articlesLink().click();
		waitFor("the newsroom", (driver) -> path().equals("/admin"));
		assertThat(find("[data-unsaved-list]").isDisplayed()).as("no text left behind in the browser: both saved")
			.isFalse();
	}

	@Test
	void editorRestoresARevisionFromTheHistory() {
		StoredArticle story = article("A story rewritten", ArticleStatus.DRAFT);
		ArticleContent original = story.content();
		this.articles.update(story.id(), story.version(), withBody(original, "A regrettable rewrite.\n"), false,
				FIXTURES);
		signIn(Role.EDITOR);
		open("/admin/articles/" + story.id() + "/edit");
		find(".editor__links").findElement(By.linkText("History")).click();
		waitFor("the history", (driver) -> find("h1").getText().equals("History"));
		assertThat(findAll("tbody tr")).hasSize(2);
		this.browser.findElement(By.linkText("Revision 1")).click();
		waitFor("revision 1", (driver) -> find("h1").getText().equals("Revision 1"));
		assertThat(find(".diff").getText()).contains("A regrettable rewrite.",
				"The first paragraph of A story rewritten.");
		find("main form button[type=submit]").click();
		waitFor("the restored article", (driver) -> !findAll(".flash--success").isEmpty());
		assertThat(find(".flash--success").getText()).isEqualTo("Revision 1 restored, as a new revision.");
		assertThat(find("#body").getDomProperty("value")).contains("The first paragraph of A story rewritten.")
			.doesNotContain("regrettable");
		find(".editor__links").findElement(By.linkText("History")).click();
		waitFor("the history", (driver) -> find("h1").getText().equals("History"));
		assertThat(findAll("tbody tr")).hasSize(3);
		assertThat(find("tbody tr").getText()).contains("Revision 3", "Restored");
	}

	@Test
	void leavingWithUnsavedTextAsksFirstAndTheBrowserKeepsIt() {
		StoredArticle story = article("A story half written", ArticleStatus.DRAFT);
		signIn(Role.EDITOR);
		String edit = "/admin/articles/" + story.id() + "/edit";
		List<UserPromptType> prompts = new CopyOnWriteArrayList<>();
		try (BrowsingContextInspector inspector = new BrowsingContextInspector(this.browser)) {
			inspector.onUserPromptOpened((prompt) -> prompts.add(prompt.getType()));
			open(edit);
			articlesLink().click();
			waitFor("the newsroom, without a question", (driver) -> path().equals("/admin"));
			assertThat(prompts).isEmpty();

			open(edit);
			find("#body").sendKeys(" An unsaved thought.");
			articlesLink().click();
			Alert leave = waitFor("the question before leaving", ExpectedConditions.alertIsPresent());
			assertThat(prompts).as("Chromium's own question: leave the page?")
				.containsExactly(UserPromptType.BEFORE_UNLOAD);
			leave.dismiss();
			assertThat(path()).as("staying").isEqualTo(edit);
			assertThat(find("#body").getDomProperty("value")).endsWith("An unsaved thought.");

			articlesLink().click();
			waitFor("the question again", ExpectedConditions.alertIsPresent()).accept();
			waitFor("the newsroom", (driver) -> path().equals("/admin"));
		}
		WebElement kept = waitFor("the text this browser kept, listed",
				(driver) -> find("[data-unsaved-list]").isDisplayed() ? find("[data-unsaved-list]") : null);
		kept.findElement(By.linkText("A story half written")).click();
		waitFor("the article", (driver) -> path().equals(edit));
		WebElement offer = find("[data-local-offer]");
		assertThat(offer.isDisplayed()).isTrue();
		offer.findElement(By.cssSelector("[data-local-restore]")).click();
		assertThat(find("#body").getDomProperty("value")).endsWith("An unsaved thought.");
		assertThat(offer.isDisplayed()).isFalse();
	}

	private WebElement articlesLink() {
		return find(".site-nav").findElement(By.linkText("Articles"));
	}

	private void replaceBody(String text) {
		WebElement body = find("#body");
		body.clear();
		body.sendKeys(text);
	}

	private void save() {
		find("#article-form button[type=submit]:not([name])").click();
		waitFor("the answer to the save",
				(driver) -> !findAll(".flash").isEmpty() && find(".flash--success, .flash--error").isDisplayed());
	}

	private boolean isLoaded(WebElement image) {
		return script("return arguments[0].complete && arguments[0].naturalWidth > 0;", image);
	}

	private static ArticleContent withBody(ArticleContent content, String body) {
		return new ArticleContent(content.title(), content.slug(), content.summary(), body, content.section(),
				content.tags(), content.author(), content.source(), content.image(), content.status(),
				content.publishedAt(), content.updatedAt(), content.correction());
	}

	/**
	 * A photo as a camera would not take it: a small PNG drawn here (shapes only, so that
	 * no font is needed).
	 */
	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(0xF6B26B), 0, 360, new Color(0xFCE5CD)));
		g.fillRect(0, 0, 960, 360);
		g.setColor(new Color(0x3D6E8C));
		g.fillRect(0, 360, 960, 180);
		g.setColor(new Color(0x30343B));
		for (int x : new int[] { 220, 620 }) {
			g.fillRect(x, 90, 22, 300);
			g.fillRect(x - 60, 90, 260, 18);
			g.fillRect(x + 150, 108, 4, 140);
		}
		g.setColor(new Color(0x8C2F39));
		g.fillRect(120, 330, 700, 60);
		g.dispose();
		Path file = Files.createTempFile("harbour-cranes-", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
