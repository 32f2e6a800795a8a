package org.gazette.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gazette.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's screenshots, written to {@code docs/screenshots/} when asked:
 * {@code ./mvnw verify -Dgazette.screenshots=true}, or {@code bin/screenshots}. Each is
 * at most {@value #MAX_BYTES} bytes.
 */
@EnabledIfSystemProperty(named = "gazette.screenshots", matches = "true",
		disabledReason = "screenshots are written only when asked (-Dgazette.screenshots=true or bin/screenshots)")
class ScreenshotBrowserTests extends BrowserTestSupport {

	static final Path DIRECTORY = Path.of("docs", "screenshots");

	static final int MAX_BYTES = 300 * 1024;

	@Test
	void frontPage() throws IOException {
		open("/");
		save("front-page.png");
	}

	@Test
	void article() throws IOException {
		Emulation.desktop(this.browser, 1100);
		open("/articles/" + BrowserContent.SCO_SLUG);
		save("article.png");
	}

	@Test
	void articleOnAPhone() throws IOException {
		Emulation.phone(this.browser, 375, 812);
		open("/articles/" + BrowserContent.SCO_SLUG);
		save("article-phone.png");
	}

	@Test
	void editorWithItsPreview() throws IOException {
		signIn(Role.EDITOR);
		Emulation.desktop(this.browser, 900);
		open("/admin?status=published");
		this.browser.findElement(By.linkText(BrowserContent.SCO_TITLE)).click();
		waitFor("the form", (driver) -> find("h1").getText().equals("Edit article"));
		waitFor("the photo panel", (driver) -> !findAll(".photo-picker__recent img").isEmpty());
		script("window.scrollTo(0, document.querySelector('.editor__columns').getBoundingClientRect().top"
				+ " + window.scrollY - 16);");
		save("editor.png");
	}

	private void save(String name) throws IOException {
		waitFor("every image loaded",
				(driver) -> this.<Boolean>script("return Array.prototype.every.call(document.images,"
						+ " function (i) { return i.complete || i.loading === 'lazy'; });"));
		byte[] png = this.browser.getScreenshotAs(OutputType.BYTES);
		assertThat(png.length).as("size of %s", name).isLessThanOrEqualTo(MAX_BYTES);
		Files.createDirectories(DIRECTORY);
		Files.write(DIRECTORY.resolve(name), png);
		System.out.println("[browser] Wrote " + DIRECTORY.resolve(name) + " (" + png.length / 1024 + " KB)");
	}

}
