package org.gazette.article;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gazette.MutableClock;
import org.gazette.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The newsroom's writes against a real database: permissions, optimistic locking,
 * deliberate updates, revisions, aliases, autosaves and deletion.
 */
@DataJpaTest
@Import({ ArticleService.class, ArticleReader.class, SiteVersion.class, MarkdownRenderer.class,
		MutableClock.Configuration.class })
@EnableConfigurationProperties(SiteVersionProperties.class)
class ArticleServiceTests {

	private static final Editor EDITOR = new Editor("editor", true);

	private static final Editor CONTRIBUTOR = new Editor("intern", false);

	@Autowired
	private ArticleService articles;

	@Autowired
	private ArticleReader reader;

	@Autowired
	private MutableClock clock;

	@Test
	void contributorWritesDraftsButCannotPublishOrSchedule() {
		assertThatExceptionOfType(EditRefusedException.class)
			.isThrownBy(() -> this.articles.create(published("story"), CONTRIBUTOR));
		StoredArticle draft = this.articles.create(draft("story"), CONTRIBUTOR);
		assertThat(draft.state()).isEqualTo(EditorialState.DRAFT);
		ArticleContent scheduled = published("story").withPublishedAt(this.clock.instant().plusSeconds(3600));
		assertThatExceptionOfType(EditRefusedException.class)
			.isThrownBy(() -> this.articles.update(draft.id(), draft.version(), scheduled, false, CONTRIBUTOR));
		assertThat(this.articles.find(draft.id()).state()).isEqualTo(EditorialState.DRAFT);
	}

	@Test
	void contributorCannotChangeUnpublishOrDeleteAPublishedArticle() {
		StoredArticle live = this.articles.create(published("live"), EDITOR);
		ArticleContent edited = withTitle(live.content(), "Changed by an intern");
		assertThatExceptionOfType(EditRefusedException.class)
			.isThrownBy(() -> this.articles.update(live.id(), live.version(), edited, false, CONTRIBUTOR));
		assertThatExceptionOfType(EditRefusedException.class)
			.isThrownBy(() -> this.articles.unpublish(live.id(), CONTRIBUTOR));
		assertThatExceptionOfType(EditRefusedException.class)
			.isThrownBy(() -> this.articles.delete(live.id(), CONTRIBUTOR));
		assertThat(this.reader.article("live").title()).isEqualTo("Title of live");
	}

	@Test
	void secondSaveOfTheSameVersionIsRefusedWithTheSavedText() {
		StoredArticle created = this.articles.create(draft("shared"), EDITOR);
		this.articles.update(created.id(), created.version(), withTitle(created.content(), "First editor's"), false,
				EDITOR);
		assertThatExceptionOfType(ArticleConflictException.class)
			.isThrownBy(() -> this.articles.update(created.id(), created.version(),
					withTitle(created.content(), "Second editor's"), false, new Editor("other", true)))
			.satisfies((conflict) -> assertThat(conflict.getCurrent().content().title()).isEqualTo("First editor's"));
		assertThat(this.articles.find(created.id()).content().title()).isEqualTo("First editor's");
	}

	@Test
	void editorCannotPublishWithAnOpenChecklistItem() {
		ArticleContent noSection = new ArticleContent("Headline", "no-section", "Lead", "Body.\n", null, List.of(),
				null, null, null, ArticleStatus.PUBLISHED, null, null);
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> this.articles.create(noSection, EDITOR))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(InvalidArticleException.Problem::message)
				.containsExactly("Choose a section."));
		assertThat(this.articles.create(withStatus(noSection, ArticleStatus.DRAFT), EDITOR).state())
			.isEqualTo(EditorialState.DRAFT);
	}

	@Test
	void publishingWithoutATimePublishesNowAndAFutureTimeSchedules() {
		StoredArticle now = this.articles.create(published("now"), EDITOR);
		assertThat(now.content().publishedAt()).isEqualTo(this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
		assertThat(now.state()).isEqualTo(EditorialState.PUBLISHED);
		Instant later = this.clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		StoredArticle scheduled = this.articles.create(published("later").withPublishedAt(later), EDITOR);
		assertThat(scheduled.state()).isEqualTo(EditorialState.SCHEDULED);
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.reader.article("later"));
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.reader.article("later").title()).isEqualTo("Title of later");
	}

	@Test
	void updateTimeMovesOnlyForASubstantiveUpdate() {
		StoredArticle live = this.articles.create(published("dated"), EDITOR);
		this.clock.advance(Duration.ofMinutes(30));
		StoredArticle typo = this.articles.update(live.id(), live.version(),
				withTitle(live.content(), "Title of dated, fixed"), false, EDITOR);
		assertThat(typo.content().updatedAt()).isNull();
		assertThat(this.reader.article("dated").dateline().hasUpdate()).isFalse();

		this.clock.advance(Duration.ofMinutes(30));
		StoredArticle corrected = this.articles.update(live.id(), typo.version(),
				typo.content().withCorrection("An earlier version gave the wrong date."), true, EDITOR);
		assertThat(corrected.content().updatedAt()).isEqualTo(this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
		ArticleView page = this.reader.article("dated");
		assertThat(page.dateline().hasUpdate()).isTrue();
		assertThat(page.correction()).isEqualTo("An earlier version gave the wrong date.");

		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> this.articles.update(live.id(), corrected.version(),
					corrected.content().withCorrection("Quietly changed."), false, EDITOR))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(InvalidArticleException.Problem::field)
				.containsExactly("correction"));
	}

	@Test
	void renamingAPublishedArticleKeepsItsOldSlugAsARedirect() {
		StoredArticle live = this.articles.create(published("old-name"), EDITOR);
		StoredArticle renamed = this.articles.update(live.id(), live.version(), withSlug(live.content(), "new-name"),
				false, EDITOR);
		assertThatExceptionOfType(ArticleMovedException.class).isThrownBy(() -> this.reader.article("old-name"))
			.satisfies((moved) -> assertThat(moved.getSlug()).isEqualTo("new-name"));
		assertThat(this.articles.redirects(1, "/admin/redirects").items())
			.extracting(Redirect::oldSlug, Redirect::currentSlug)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("old-name", "new-name"));

		// Renaming it back drops the alias: the slug is the article's own again.
		this.articles.update(live.id(), renamed.version(), withSlug(renamed.content(), "old-name"), false, EDITOR);
		assertThat(this.reader.article("old-name").title()).isEqualTo("Title of old-name");
		assertThatExceptionOfType(ArticleMovedException.class).isThrownBy(() -> this.reader.article("new-name"));
	}

	@Test
	void renamingADraftLeavesNoRedirect() {
		StoredArticle draft = this.articles.create(draft("first-try"), EDITOR);
		this.articles.update(draft.id(), draft.version(), withSlug(draft.content(), "second-try"), false, EDITOR);
		assertThat(this.articles.redirects(1, "/admin/redirects").items()).isEmpty();
	}

	@Test
	void slugOfAnotherArticleOrOfItsOldNameIsRefused() {
		StoredArticle taken = this.articles.create(published("taken"), EDITOR);
		this.articles.update(taken.id(), taken.version(), withSlug(taken.content(), "taken-renamed"), false, EDITOR);
		this.articles.create(published("other"), EDITOR);
		StoredArticle mine = this.articles.create(draft("mine"), EDITOR);
		assertThatExceptionOfType(InvalidArticleException.class).isThrownBy(
				() -> this.articles.update(mine.id(), mine.version(), withSlug(mine.content(), "other"), false, EDITOR))
			.withMessageContaining("taken by \"Title of other\"");
		assertThatExceptionOfType(InvalidArticleException.class).isThrownBy(
				() -> this.articles.update(mine.id(), mine.version(), withSlug(mine.content(), "taken"), false, EDITOR))
			.withMessageContaining("old address of \"Title of taken\"");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> this.articles.update(mine.id(), mine.version(), withSlug(mine.content(), "Not A Slug"),
					false, EDITOR))
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).field()).isEqualTo("slug"));
	}

	@Test
	void everySaveIsARevisionAndRestoringMakesAnother() {
		StoredArticle created = this.articles.create(draft("history"), EDITOR);
		StoredArticle saved = this.articles.update(created.id(), created.version(),
				withTitle(created.content(), "Second title"), false, new Editor("other", true));
		List<RevisionSummary> revisions = this.articles.revisions(created.id());
		assertThat(revisions).extracting(RevisionSummary::number, RevisionSummary::createdBy, RevisionSummary::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "other", RevisionAction.SAVED),
					org.assertj.core.groups.Tuple.tuple(1, "editor", RevisionAction.CREATED));
		assertThat(revisions.get(0).changes()).isEqualTo("headline");
		assertThat(this.articles.revision(created.id(), 1).content().title()).isEqualTo("Title of history");

		StoredArticle restored = this.articles.restore(created.id(), 1, EDITOR);
		assertThat(restored.content().title()).isEqualTo("Title of history");
		assertThat(restored.version()).isGreaterThan(saved.version());
		assertThat(this.articles.revisions(created.id()).get(0))
			.satisfies((latest) -> assertThat(latest.number()).isEqualTo(3))
			.satisfies((latest) -> assertThat(latest.action()).isEqualTo(RevisionAction.RESTORED))
			.satisfies((latest) -> assertThat(latest.changes()).isEqualTo("revision 1: headline"));
	}

	@Test
	void autosaveIsKeptApartFromTheArticleUntilTheEditorSaves() {
		StoredArticle live = this.articles.create(published("autosaved"), EDITOR);
		ArticleContent typing = withTitle(live.content(), "Half-typed headl");
		this.articles.autosave(live.id(), live.version(), typing, EDITOR);
		StoredArticle unchanged = this.articles.find(live.id());
		assertThat(unchanged.version()).isEqualTo(live.version());
		assertThat(this.reader.article("autosaved").title()).isEqualTo("Title of autosaved");
		assertThat(this.articles.autosave(live.id(), "editor")).hasValueSatisfying((autosave) -> {
			assertThat(autosave.content().title()).isEqualTo("Half-typed headl");
			assertThat(autosave.baseVersion()).isEqualTo(live.version());
		});
		assertThat(this.articles.autosave(live.id(), "someone-else")).isEmpty();

		this.articles.update(live.id(), live.version(), withTitle(live.content(), "Full headline"), false, EDITOR);
		assertThat(this.articles.autosave(live.id(), "editor")).isEmpty();
	}

	@Test
	void autosaveOfANewArticleMakesADraftEvenWithoutHeadline() {
		ArticleContent typing = new ArticleContent(null, null, null, "Only a first sentence\n", null, List.of(), null,
				null, null, ArticleStatus.PUBLISHED, null, null);
		StoredArticle draft = this.articles.autosaveNew(typing, CONTRIBUTOR);
		assertThat(draft.state()).isEqualTo(EditorialState.DRAFT);
		assertThat(draft.content().title()).isEqualTo("Untitled draft");
		assertThat(draft.content().bodyMarkdown()).isEqualTo("Only a first sentence\n");
		StoredArticle second = this.articles.autosaveNew(typing, CONTRIBUTOR);
		assertThat(second.content().slug()).isNotEqualTo(draft.content().slug());
	}

	@Test
	void deletedArticleIsGoneUntilRecoveredAndPurgeForgetsIt() {
		StoredArticle live = this.articles.create(published("doomed"), EDITOR);
		this.articles.update(live.id(), live.version(), withSlug(live.content(), "doomed-renamed"), false, EDITOR);
		StoredArticle deleted = this.articles.delete(live.id(), EDITOR);
		assertThat(deleted.state()).isEqualTo(EditorialState.DELETED);
		assertThatExceptionOfType(ArticleGoneException.class).isThrownBy(() -> this.reader.article("doomed-renamed"));
		assertThatExceptionOfType(ArticleGoneException.class).isThrownBy(() -> this.reader.article("doomed"));
		assertThat(this.reader.frontPage(1).cards()).isEmpty();
		assertThat(this.articles.revisions(live.id())).hasSize(3);
		assertThatExceptionOfType(EditRefusedException.class)
			.isThrownBy(() -> this.articles.update(live.id(), deleted.version(), deleted.content(), false, EDITOR));

		assertThat(this.articles.recover(live.id(), EDITOR).state()).isEqualTo(EditorialState.DRAFT);
		this.articles.delete(live.id(), EDITOR);
		assertThatExceptionOfType(EditRefusedException.class)
			.isThrownBy(() -> this.articles.purge(live.id(), CONTRIBUTOR));
		this.articles.purge(live.id(), EDITOR);
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.articles.find(live.id()));
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.reader.article("doomed"));
		assertThat(this.articles.redirects(1, "/admin/redirects").items()).isEmpty();
	}

	@Test
	void unpublishedArticleIsADraftAgain() {
		StoredArticle live = this.articles.create(published("withdrawn"), EDITOR);
		assertThat(this.articles.unpublish(live.id(), EDITOR).state()).isEqualTo(EditorialState.DRAFT);
		assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> this.reader.article("withdrawn"));
	}

	@Test
	void newsroomListsLastChangeFirstAndFiltersByState() {
		StoredArticle first = this.articles.create(draft("first"), EDITOR);
		this.clock.advance(Duration.ofMinutes(1));
		this.articles.create(published("second"), EDITOR);
		this.clock.advance(Duration.ofMinutes(1));
		this.articles.create(published("third").withPublishedAt(this.clock.instant().plusSeconds(600)), EDITOR);
		this.clock.advance(Duration.ofMinutes(1));
		this.articles.update(first.id(), first.version(), withTitle(first.content(), "First, edited"), false, EDITOR);
		assertThat(this.articles.newsroom(null, 1, "/admin").items()).extracting(NewsroomEntry::slug)
			.containsExactly("first", "third", "second");
		assertThat(this.articles.newsroom(EditorialState.SCHEDULED, 1, "/admin").items())
			.extracting(NewsroomEntry::slug)
			.containsExactly("third");
		assertThat(this.articles.newsroom(EditorialState.DRAFT, 1, "/admin").items()).extracting(NewsroomEntry::slug)
			.containsExactly("first");
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> this.articles.newsroom(null, 2, "/admin"));
	}

	private ArticleContent draft(String slug) {
		return withStatus(published(slug), ArticleStatus.DRAFT);
	}

	private ArticleContent published(String slug) {
		return new ArticleContent("Title of " + slug, slug, "Lead of " + slug, "Body of " + slug + ".\n", "World",
				List.of("SCO"), null, null, null, ArticleStatus.PUBLISHED, null, null);
	}

	private static ArticleContent withTitle(ArticleContent content, String title) {
		return new ArticleContent(title, content.slug(), content.summary(), content.bodyMarkdown(), content.section(),
				content.tags(), content.author(), content.source(), content.image(), content.status(),
				content.publishedAt(), content.updatedAt(), content.correction());
	}

	private static ArticleContent withSlug(ArticleContent content, String slug) {
		return new ArticleContent(content.title(), slug, content.summary(), content.bodyMarkdown(), content.section(),
				content.tags(), content.author(), content.source(), content.image(), content.status(),
				content.publishedAt(), content.updatedAt(), content.correction());
	}

	private static ArticleContent withStatus(ArticleContent content, ArticleStatus status) {
		return content.withPublication(status, content.publishedAt(), content.updatedAt());
	}

}
