package org.gazette.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gazette.account.SecurityConfiguration;
import org.gazette.article.ArticleConflictException;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleNotFoundException;
import org.gazette.article.ArticleService;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Autosave;
import org.gazette.article.EditRefusedException;
import org.gazette.article.Editor;
import org.gazette.article.EditorialState;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.NewsroomEntry;
import org.gazette.article.PageOf;
import org.gazette.article.Pagination;
import org.gazette.article.Preview;
import org.gazette.article.PublishChecklist;
import org.gazette.article.Redirect;
import org.gazette.article.Revision;
import org.gazette.article.RevisionAction;
import org.gazette.article.RevisionSummary;
import org.gazette.article.SiteNavigation;
import org.gazette.article.StoredArticle;
import org.gazette.markdown.RenderedMarkdown;
import org.gazette.media.MediaService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every newsroom route: who may reach it, CSRF, what the pages show, and that a refused
 * save keeps what was typed.
 */
@WebMvcTest({ NewsroomController.class, ArticleFormController.class, ArticleLifecycleController.class,
		RevisionController.class })
@Import({ SecurityConfiguration.class, ArticleForms.class })
class NewsroomControllerTests {

	private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ArticleService articles;

	@MockitoBean
	private MediaService media;

	@MockitoBean(name = "siteNavigation")
	private SiteNavigation navigation;

	@BeforeEach
	void previewsRender() {
		given(this.articles.preview(any())).willAnswer((invocation) -> {
			ArticleContent content = invocation.getArgument(0);
			return new Preview(content,
					new RenderedMarkdown("Rendered lead", "Rendered lead", "<p>Rendered <strong>body</strong></p>", ""),
					List.of(new PublishChecklist.Check("Headline", List.of()),
							new PublishChecklist.Check("Section", List.of("Choose a section."))));
		});
		given(this.articles.find(7L)).willReturn(stored(content("Saved headline", "Saved body.\n")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin?status=draft", "/admin/redirects", "/admin/articles/new",
			"/admin/articles/7/edit", "/admin/articles/7/history", "/admin/articles/7/history/1",
			"/admin/articles/7/export", "/admin/articles/7/unpublish", "/admin/articles/7/delete",
			"/admin/articles/7/purge" })
	void anonymousVisitorIsSentToSignIn(String page) {
		assertThat(this.mvc.get().uri(page)).hasStatus3xxRedirection().hasRedirectedUrl("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/articles", "/admin/articles/7", "/admin/preview", "/admin/articles/autosave",
			"/admin/articles/7/autosave", "/admin/articles/7/autosave/discard", "/admin/articles/7/unpublish",
			"/admin/articles/7/delete", "/admin/articles/7/recover", "/admin/articles/7/purge",
			"/admin/articles/7/history/1/restore" })
	void anonymousPostIsSentToSignInAndChangesNothing(String action) {
		assertThat(this.mvc.post().uri(action).with(csrf()).param("title", "x")).hasRedirectedUrl("/login");
		verify(this.articles, never()).create(any(), any());
		verify(this.articles, never()).update(anyLong(), anyLong(), any(), anyBoolean(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/articles", "/admin/articles/7", "/admin/preview", "/admin/articles/autosave",
			"/admin/articles/7/autosave", "/admin/articles/7/autosave/discard", "/admin/articles/7/unpublish",
			"/admin/articles/7/delete", "/admin/articles/7/recover", "/admin/articles/7/purge",
			"/admin/articles/7/history/1/restore" })
	@WithMockUser(username = "chief", roles = "EDITOR")
	void postWithoutCsrfIsForbidden(String action) {
		assertThat(this.mvc.post().uri(action).param("title", "x").param("version", "0")).hasStatus(403);
		verifyNoInteractions(this.articles);
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void newsroomListsArticlesWithStatusSectionBylineAndLastChange() {
		given(this.articles.newsroom(EditorialState.SCHEDULED, 1, "/admin?status=scheduled")).willReturn(new PageOf<>(
				List.of(new NewsroomEntry(3L, "later", "Later story", EditorialState.SCHEDULED, "World",
						"Jane Reporter", NOW.plusSeconds(3600), NOW, "chief")),
				new Pagination(1, 2, "/admin?status=scheduled")));
		assertThat(this.mvc.get().uri("/admin?status=scheduled")).hasStatusOk()
			.hasViewName("admin/list")
			.bodyText()
			.contains("Later story", "Scheduled", "2026-11-28 13:00 GMT", "World", "Jane Reporter",
					"2026-11-28 12:00 GMT", "by chief", "href=\"/admin/articles/3/edit\"",
					"href=\"/admin?status=scheduled&amp;page=2\"");
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void unknownStatusOrPageIsABadRequest() {
		assertThat(this.mvc.get().uri("/admin?status=secret")).hasStatus(400);
		assertThat(this.mvc.get().uri("/admin?page=0")).hasStatus(400);
		assertThat(this.mvc.get().uri("/admin?page=x")).hasStatus(400);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void redirectsPageListsOldAndNewAddresses() {
		given(this.articles.redirects(1, "/admin/redirects"))
			.willReturn(new PageOf<>(List.of(new Redirect("old-name", 7L, "new-name", "The story", NOW, "chief")),
					new Pagination(1, 1, "/admin/redirects")));
		assertThat(this.mvc.get().uri("/admin/redirects")).hasStatusOk()
			.bodyText()
			.contains("/articles/old-name", "href=\"/articles/new-name\"", "The story", "by chief");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void newFormHasEveryFieldThePreviewAndTheScripts() {
		assertThat(this.mvc.get().uri("/admin/articles/new")).hasStatusOk()
			.hasViewName("admin/articles/form")
			.bodyText()
			.contains("name=\"title\"", "name=\"slug\"", "name=\"summary\"", "name=\"body\"", "name=\"section\"",
					"name=\"tags\"", "name=\"author\"", "name=\"imageName\"", "name=\"imageAlt\"",
					"name=\"imageCaption\"", "name=\"imageCredit\"", "name=\"publishAt\"", "value=\"PUBLISHED\"",
					"<meta name=\"_csrf\"", "class=\"photo-picker\"", "Rendered <strong>body</strong>",
					"Choose a section.", "data-autosave-url=\"/admin/articles/autosave\"")
			.containsPattern("<script src=\"/js/newsroom(-[0-9a-f]{32})?\\.js\" defer></script>")
			.doesNotContain("<script>", "style=\"");
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void createdArticleRedirectsToItsFormWithAMessage() {
		given(this.articles.create(any(), any())).willReturn(stored(content("Headline", "Body.\n")));
		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.with(csrf())
			.param("title", "Headline")
			.param("body", "Body.\r\n")
			.param("status", "DRAFT")).hasRedirectedUrl("/admin/articles/7/edit")
			.flash()
			.containsEntry("success", "Saved as a draft.");
		ArgumentCaptor<ArticleContent> content = ArgumentCaptor.forClass(ArticleContent.class);
		verify(this.articles).create(content.capture(), eq(new Editor("chief", true)));
		assertThat(content.getValue().slug()).as("derived from the headline").isEqualTo("headline");
		assertThat(content.getValue().bodyMarkdown()).isEqualTo("Body.\n");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void invalidFormComesBackWithEverythingTypedAndErrorsBesideTheFields() {
		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.with(csrf())
			.param("title", "")
			.param("summary", "x".repeat(1001))
			.param("body", "My precious <paragraph> of text")
			.param("tags", "SCO, Russia")
			.param("publishAt", "tomorrow")).hasStatusOk()
			.bodyText()
			.contains("Write a headline.", "A lead is at most 1000 characters.", "Give the time as",
					"My precious &lt;paragraph&gt; of text", "value=\"SCO, Russia\"", "value=\"tomorrow\"",
					"field--invalid");
		verify(this.articles, never()).create(any(), any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void malformedFieldsAreRefusedBesideTheFormNotWithAnError() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/7")
			.with(csrf())
			.param("version", "not-a-number")
			.param("status", "LIVE")
			.param("title", "Kept headline")).hasStatusOk()
			.bodyText()
			.contains("Choose draft or publish.", "value=\"Kept headline\"");
		verify(this.articles, never()).update(anyLong(), anyLong(), any(), anyBoolean(), any());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void takenSlugIsShownBesideTheSlugField() {
		given(this.articles.create(any(), any()))
			.willThrow(new InvalidArticleException("slug", "This address is taken by \"Another story\"."));
		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.with(csrf())
			.param("title", "Headline")
			.param("slug", "another-story")
			.param("body", "Kept text")).hasStatusOk()
			.bodyText()
			.contains("id=\"slug-error\"", "This address is taken by &quot;Another story&quot;.", "Kept text");
	}

	@Test
	@WithMockUser(username = "intern", roles = "CONTRIBUTOR")
	void contributorWhoTriesToPublishIsRefusedAndKeepsTheText() {
		given(this.articles.create(any(), eq(new Editor("intern", false))))
			.willThrow(new EditRefusedException("Only editors can publish or schedule an article."));
		assertThat(this.mvc.post()
			.uri("/admin/articles")
			.with(csrf())
			.param("title", "Scoop")
			.param("body", "Contributor's text")
			.param("status", "PUBLISHED")).hasStatus(403)
			.bodyText()
			.contains("Only editors can publish or schedule an article.", "Contributor&#39;s text");
	}

	@Test
	@WithMockUser(username = "intern", roles = "CONTRIBUTOR")
	void contributorSeesNoPublishChoiceAndTheChecklistAsAdvice() {
		assertThat(this.mvc.get().uri("/admin/articles/7/edit")).hasStatusOk()
			.bodyText()
			.contains("an editor publishes them", "Advice: an editor checks these before publishing.", "Save draft")
			.doesNotContain("value=\"PUBLISHED\" type=\"radio\"", "type=\"radio\"");
	}

	@Test
	@WithMockUser(username = "second", roles = "ADMIN")
	void secondSaveOfTheSameVersionIsRefusedKeepingTheTextAndShowingTheDifferences() {
		StoredArticle theirs = new StoredArticle(7L, 4, content("Their headline", "Shared line\nTheir line\n"),
				EditorialState.DRAFT, NOW, NOW, "first", null);
		given(this.articles.update(eq(7L), eq(3L), any(), eq(false), eq(new Editor("second", true))))
			.willThrow(new ArticleConflictException(theirs));
		assertThat(this.mvc.post()
			.uri("/admin/articles/7")
			.with(csrf())
			.param("version", "3")
			.param("title", "My headline")
			.param("body", "Shared line\nMy line\n")
			.param("status", "DRAFT")).hasStatus(409)
			.bodyText()
			.contains("first saved this article while you were editing it", "Your text is still in the form",
					"value=\"My headline\"", "My line", "Their line", "diff__line--removed", "diff__line--added",
					"name=\"version\" value=\"4\"");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void previewButtonRendersTheFormWithThePreviewAndSavesNothing() {
		assertThat(this.mvc.post()
			.uri("/admin/articles/7")
			.with(csrf())
			.param("preview", "true")
			.param("version", "1")
			.param("title", "Previewed headline")
			.param("body", "Text")).hasStatusOk()
			.hasViewName("admin/articles/form")
			.bodyText()
			.contains("Previewed headline", "Rendered <strong>body</strong>");
		verify(this.articles, never()).update(anyLong(), anyLong(), any(), anyBoolean(), any());
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void livePreviewAnswersTheRenderedArticleAndChecklist() {
		assertThat(this.mvc.post()
			.uri("/admin/preview")
			.with(csrf())
			.param("title", "Live headline")
			.param("body", "**Text**")).hasStatusOk()
			.bodyText()
			.contains("id=\"preview\"", "id=\"checklist\"", "Live headline", "<p>Rendered <strong>body</strong></p>")
			.doesNotContain("<html", "site-header");
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void firstAutosaveOfANewArticleMakesADraftAndTellsWhereItLives() {
		given(this.articles.autosaveNew(any(), any())).willReturn(stored(content("Half", "Typed\n")));
		assertThat(this.mvc.post().uri("/admin/articles/autosave").with(csrf()).param("title", "Half")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.id", (id) -> assertThat(id).isEqualTo(7))
			.hasPathSatisfying("$.action", (action) -> assertThat(action).isEqualTo("/admin/articles/7"))
			.hasPathSatisfying("$.edit", (edit) -> assertThat(edit).isEqualTo("/admin/articles/7/edit"));
		assertThat(this.mvc.post().uri("/admin/articles/autosave").with(csrf()).param("title", " ")).hasStatus(204);
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void autosaveOfAnArticleKeepsTheTextApart() {
		given(this.articles.autosave(eq(7L), eq(2L), any(), eq(new Editor("chief", true)))).willReturn(NOW);
		assertThat(this.mvc.post()
			.uri("/admin/articles/7/autosave")
			.with(csrf())
			.param("version", "2")
			.param("title", "Typing")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.savedAt", (savedAt) -> assertThat(savedAt).isEqualTo("2026-11-28T12:00:00Z"));
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void autosavedTextIsOfferedAndRestoredWithItsBaseVersion() {
		given(this.articles.autosave(7L, "chief"))
			.willReturn(Optional.of(new Autosave(7L, NOW, 2, content("Autosaved headline", "Autosaved body\n"))));
		assertThat(this.mvc.get().uri("/admin/articles/7/edit")).hasStatusOk()
			.bodyText()
			.contains("You have autosaved text", "/admin/articles/7/edit?autosave=restore", "value=\"Saved headline\"");
		assertThat(this.mvc.get().uri("/admin/articles/7/edit?autosave=restore")).hasStatusOk()
			.bodyText()
			.contains("value=\"Autosaved headline\"", "name=\"version\" value=\"2\"");
	}

	@Test
	@WithMockUser(roles = "CONTRIBUTOR")
	void exportIsTheMarkdownFileWithFrontMatter() {
		assertThat(this.mvc.get().uri("/admin/articles/7/export")).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"saved.md\"")
			.hasContentType("text/markdown;charset=UTF-8")
			.bodyText()
			.startsWith("---\ntitle: Saved headline\nslug: saved\n")
			.endsWith("---\n\nSaved body.\n");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void missingArticleIsNotFound() {
		given(this.articles.find(99L)).willThrow(new ArticleNotFoundException("article 99"));
		assertThat(this.mvc.get().uri("/admin/articles/99/edit")).hasStatus(404);
		assertThat(this.mvc.get().uri("/admin/articles/abc/edit")).hasStatus(400);
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void deleteAsksFirstThenDeletes() {
		assertThat(this.mvc.get().uri("/admin/articles/7/delete")).hasStatusOk()
			.bodyText()
			.contains("Delete this article?", "410 Gone", "action=\"/admin/articles/7/delete\"", "Yes, delete");
		given(this.articles.delete(7L, new Editor("chief", true))).willReturn(stored(content("Saved headline", "")));
		assertThat(this.mvc.post().uri("/admin/articles/7/delete").with(csrf()))
			.hasRedirectedUrl("/admin?status=deleted")
			.flash()
			.hasEntrySatisfying("success", (message) -> assertThat((String) message).startsWith("Deleted"));
	}

	@Test
	@WithMockUser(username = "intern", roles = "CONTRIBUTOR")
	void contributorCannotUnpublish() {
		assertThat(this.mvc.get().uri("/admin/articles/7/unpublish")).hasStatusOk()
			.bodyText()
			.contains("Unpublish this article?");
		given(this.articles.unpublish(7L, new Editor("intern", false)))
			.willThrow(new EditRefusedException("Only editors can unpublish an article."));
		assertThat(this.mvc.post().uri("/admin/articles/7/unpublish").with(csrf()))
			.hasRedirectedUrl("/admin/articles/7/edit")
			.flash()
			.containsEntry("failure", "Only editors can unpublish an article.");
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void deleteAndRestoreAtTheMomentSomeoneElseSavesChangeNothingAndSaySo() {
		ArticleConflictException conflict = new ArticleConflictException(stored(content("Their headline", "")));
		given(this.articles.delete(7L, new Editor("chief", true))).willThrow(conflict);
		given(this.articles.restore(7L, 1, new Editor("chief", true))).willThrow(conflict);
		String message = "Nothing was done: someone else changed this article at the same moment. Look at it again first.";
		assertThat(this.mvc.post().uri("/admin/articles/7/delete").with(csrf()))
			.hasRedirectedUrl("/admin/articles/7/edit")
			.flash()
			.containsEntry("failure", message);
		assertThat(this.mvc.post().uri("/admin/articles/7/history/1/restore").with(csrf()))
			.hasRedirectedUrl("/admin/articles/7/history/1")
			.flash()
			.containsEntry("failure", "Not restored: " + message);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void historyListsRevisionsAndARevisionShowsWhatChangedSince() {
		RevisionSummary first = new RevisionSummary(1, NOW, "chief", RevisionAction.CREATED, null);
		given(this.articles.revisions(7L)).willReturn(
				List.of(new RevisionSummary(2, NOW.plusSeconds(60), "intern", RevisionAction.SAVED, "text"), first));
		assertThat(this.mvc.get().uri("/admin/articles/7/history")).hasStatusOk()
			.bodyText()
			.contains("Revision 2", "intern", "Saved", ": <span>text</span>", "Revision 1", "Created",
					"href=\"/admin/articles/7/history/1\"");
		given(this.articles.revision(7L, 1)).willReturn(new Revision(first, content("Saved headline", "Old body.\n")));
		assertThat(this.mvc.get().uri("/admin/articles/7/history/1")).hasStatusOk()
			.bodyText()
			.contains("Old body.", "Saved body.", "Restore this revision",
					"action=\"/admin/articles/7/history/1/restore\"");
	}

	@Test
	@WithMockUser(username = "chief", roles = "EDITOR")
	void restoringARevisionRedirectsToTheForm() {
		assertThat(this.mvc.post().uri("/admin/articles/7/history/1/restore").with(csrf()))
			.hasRedirectedUrl("/admin/articles/7/edit")
			.flash()
			.containsEntry("success", "Revision 1 restored, as a new revision.");
		verify(this.articles).restore(7L, 1, new Editor("chief", true));
	}

	private static ArticleContent content(String title, String body) {
		return new ArticleContent(title, "saved", "Lead", body, "World", List.of("SCO"), null, null, null,
				ArticleStatus.DRAFT, null, null);
	}

	private static StoredArticle stored(ArticleContent content) {
		return new StoredArticle(7L, 1, content, EditorialState.DRAFT, NOW, NOW, "chief", null);
	}

}
