package org.gazette.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gazette.account.Role;
import org.gazette.article.ArticleStatus;
import org.gazette.article.StoredArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page type, readers' and editors', in the light and the dark colour
 * scheme: no violation of serious or critical impact.
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

	private static final List<String> READER_PAGES = List.of("/", "/?page=2", "/articles/" + BrowserContent.SCO_SLUG,
			"/articles/grain-exports-rise-for-a-third-month", "/sections/world", "/tags/sco", "/search",
			"/search?q=summit", "/search?q=nothingmatchesthis", "/search?q=%21%3F", "/subscribe", "/no-such-page",
			"/login", "/login?error");

	@Test
	void readerPagesHaveNoSeriousViolations() {
		List<String> violations = new ArrayList<>();
		StoredArticle gone = article("A story that was taken down", ArticleStatus.PUBLISHED);
		this.articles.delete(gone.id(), FIXTURES);
		List<String> pages = new ArrayList<>(READER_PAGES);
		pages.add("/articles/" + gone.content().slug());
		for (String scheme : List.of("light", "dark")) {
			Emulation.colorScheme(this.browser, scheme);
			for (String page : pages) {
				open(page);
				violations.addAll(check(scheme));
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void newsroomPagesHaveNoSeriousViolations() {
		signIn(Role.ADMIN);
		StoredArticle draft = article("An accessible draft", ArticleStatus.DRAFT);
		StoredArticle published = article("An accessible story", ArticleStatus.PUBLISHED);
		this.articles.update(published.id(), published.version(), published.content(), false, FIXTURES);
		StoredArticle deleted = article("An inaccessible story", ArticleStatus.DRAFT);
		this.articles.delete(deleted.id(), FIXTURES);
		article("A story for tomorrow", ArticleStatus.PUBLISHED, Instant.now().plus(Duration.ofDays(1)));
		List<String> violations = new ArrayList<>();
		try {
			for (String scheme : List.of("light", "dark")) {
				Emulation.colorScheme(this.browser, scheme);
				for (String page : List.of("/admin", "/admin?status=draft", "/admin/articles/new",
						"/admin/articles/" + published.id() + "/edit", "/admin/articles/" + draft.id() + "/edit",
						"/admin/articles/" + deleted.id() + "/edit", "/admin/articles/" + published.id() + "/history",
						"/admin/articles/" + published.id() + "/history/1",
						"/admin/articles/" + published.id() + "/unpublish", "/admin/articles/" + draft.id() + "/delete",
						"/admin/articles/" + deleted.id() + "/purge", "/admin/media", "/admin/redirects",
						"/admin/accounts", "/admin/account/password")) {
					open(page);
					if (page.endsWith("/edit")) {
						waitFor("the photo panel", (driver) -> find(".photo-picker__controls").isDisplayed());
					}
					violations.addAll(check(scheme));
				}
				// A save refused because someone else saved first: the form with what
				// differs.
				open("/admin/articles/" + draft.id() + "/edit");
				StoredArticle current = this.articles.find(draft.id());
				this.articles.update(draft.id(), current.version(), current.content(), false, FIXTURES);
				find("#article-form button[type=submit]:not([name])").click();
				waitFor("the conflict", (driver) -> !findAll(".conflict").isEmpty());
				violations.addAll(check(scheme));
			}
		}
		finally {
			this.articles.delete(published.id(), FIXTURES);
			this.articles.purge(published.id(), FIXTURES);
		}
		assertThat(violations).isEmpty();
	}

	private List<String> check(String scheme) {
		return Axe.seriousViolations(this.browser).stream().map((violation) -> scheme + ": " + violation).toList();
	}

}
