package org.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
import org.gazette.markdown.RenderedMarkdown;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write to articles goes through here: content is rendered to sanitised HTML once,
 * on write, and stored beside its markdown. Every save by an editor stores a revision;
 * autosaves are kept apart from the article until the editor saves.
 */
@Service
public class ArticleService {

	/** The user name revisions made by the content importer carry. */
	static final String IMPORTER = "import";

	static final int NEWSROOM_PAGE_SIZE = 25;

	private static final String UNTITLED = "Untitled draft";

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final ArticleAliasRepository aliases;

	private final ArticleAutosaveRepository autosaves;

	private final MarkdownRenderer markdown;

	private final ObjectProvider<ImageResolver> images;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final SiteVersion siteVersion;

	ArticleService(ArticleRepository articles, ArticleRevisionRepository revisions, ArticleAliasRepository aliases,
			ArticleAutosaveRepository autosaves, MarkdownRenderer markdown, ObjectProvider<ImageResolver> images,
			Clock clock, ApplicationEventPublisher events, TransactionTemplate transaction, SiteVersion siteVersion) {
		this.articles = articles;
		this.revisions = revisions;
		this.aliases = aliases;
		this.autosaves = autosaves;
		this.markdown = markdown;
		this.images = images;
		this.clock = clock;
		this.events = events;
		this.transaction = transaction;
		this.siteVersion = siteVersion;
	}

	/**
	 * One page of the newsroom's list of articles, last change first.
	 * @param state only articles in this state, or {@code null} for every article not
	 * deleted
	 * @param page the page number, from 1
	 * @param path the list's path, for links to other pages
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public PageOf<NewsroomEntry> newsroom(EditorialState state, int page, String path) {
		Instant now = now();
		return page(page, path, (pageable) -> {
			Page<NewsroomRow> rows;
			if (state == null) {
				rows = this.articles.findNewsroomRows(pageable);
			}
			else {
				rows = switch (state) {
					case DRAFT -> this.articles.findDraftRows(pageable);
					case SCHEDULED -> this.articles.findScheduledRows(now, pageable);
					case PUBLISHED -> this.articles.findPublishedRows(now, pageable);
					case DELETED -> this.articles.findDeletedRows(pageable);
				};
			}
			return rows.map((row) -> row.entry(now));
		});
	}

	/**
	 * One page of old addresses that redirect to renamed articles, newest first.
	 * @param page the page number, from 1
	 * @param path the list's path
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public PageOf<Redirect> redirects(int page, String path) {
		return page(page, path, this.aliases::findRedirects);
	}

	/**
	 * An article as the newsroom edits it, deleted or not.
	 * @param id the article's id
	 * @return the article
	 * @throws ArticleNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public StoredArticle find(long id) {
		return StoredArticle.of(article(id), now());
	}

	/**
	 * Names of the sections articles are in, for the form to suggest.
	 * @return the names, sorted
	 */
	@Transactional(readOnly = true)
	public List<String> sectionNames() {
		return this.articles.findSectionNames();
	}

	/**
	 * An article's history, newest first.
	 * @param id the article's id
	 * @return its revisions
	 */
	@Transactional(readOnly = true)
	public List<RevisionSummary> revisions(long id) {
		article(id);
		return this.revisions.findByArticleIdOrderByNumberDesc(id).stream().map(ArticleRevision::summary).toList();
	}

	/**
	 * One revision of an article, with its text.
	 * @param id the article's id
	 * @param number the revision's number
	 * @return the revision
	 * @throws ArticleNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public Revision revision(long id, int number) {
		ArticleRevision revision = revisionOf(id, number);
		return new Revision(revision.summary(), revision.content());
	}

	/**
	 * Text an editor typed into an article and has not saved, if it differs from the
	 * article.
	 * @param id the article's id
	 * @param username the editor
	 * @return the autosaved text
	 */
	@Transactional(readOnly = true)
	public Optional<Autosave> autosave(long id, String username) {
		Article article = article(id);
		return this.autosaves.findByArticleIdAndUsername(id, username)
			.map(ArticleAutosave::view)
			.filter((autosave) -> !sameText(autosave.content(), article.content()));
	}

	/**
	 * Renders an article as readers would see it, without saving it.
	 * @param content the article as typed
	 * @return the rendering and its checklist
	 */
	@Transactional(readOnly = true)
	public Preview preview(ArticleContent content) {
		RenderedMarkdown rendered = render(content);
		return new Preview(content, rendered, checklist(content, rendered));
	}

	/**
	 * Creates an article written in the newsroom.
	 * @param content the article
	 * @param editor who writes it
	 * @return the stored article
	 * @throws EditRefusedException when a contributor tries to publish
	 * @throws InvalidArticleException when the slug is taken or an editor publishes with
	 * an open checklist item
	 */
	@Transactional
	public StoredArticle create(ArticleContent content, Editor editor) {
		return refusalsCounted(null, () -> createArticle(content, editor));
	}

	private StoredArticle createArticle(ArticleContent content, Editor editor) {
		Instant now = now();
		ArticleContent toStore = publication(content, null, false, now);
		if (toStore.status() == ArticleStatus.PUBLISHED && !editor.canPublish()) {
			throw new EditRefusedException("Only editors can publish or schedule an article: save it as a draft.");
		}
		Article article = new Article(now);
		store(article, toStore, editor, RevisionAction.CREATED, now);
		return StoredArticle.of(article, now);
	}

	/**
	 * Saves an editor's changes to an article.
	 * @param id the article's id
	 * @param version the version the editor's form was based on
	 * @param content the article as the form gives it
	 * @param substantiveUpdate whether readers are told the article was updated
	 * @param editor who saves
	 * @return the stored article
	 * @throws ArticleConflictException when someone else saved the article since
	 * {@code version}
	 * @throws EditRefusedException when a contributor tries to publish or to change a
	 * published article
	 * @throws InvalidArticleException when the slug is taken or an editor publishes with
	 * an open checklist item
	 */
	public StoredArticle update(long id, long version, ArticleContent content, boolean substantiveUpdate,
			Editor editor) {
		return refusalsCounted(id,
				() -> changing(id, () -> updateArticle(id, version, content, substantiveUpdate, editor)));
	}

	private StoredArticle updateArticle(long id, long version, ArticleContent content, boolean substantiveUpdate,
			Editor editor) {
		Instant now = now();
		Article article = article(id);
		if (article.getVersion() != version) {
			throw new ArticleConflictException(StoredArticle.of(article, now));
		}
		refuseIfDeleted(article);
		if (!editor.canPublish()) {
			if (article.getStatus() == ArticleStatus.PUBLISHED) {
				throw new EditRefusedException("This article is published: only an editor can change it."
						+ " Your text is kept in this form; ask an editor to save it.");
			}
			if (content.status() == ArticleStatus.PUBLISHED) {
				throw new EditRefusedException("Only editors can publish or schedule an article: save it as a draft.");
			}
		}
		List<InvalidArticleException.Problem> problems = new ArrayList<>();
		if (!substantiveUpdate && !Objects.equals(blankToNull(content.correction()), article.getCorrection())) {
			problems.add(new InvalidArticleException.Problem("correction",
					"A correction note is part of a substantive update: tick \"Substantive update\" to publish it."));
		}
		ArticleContent toStore = publication(content, article, substantiveUpdate, now);
		store(article, toStore, editor, RevisionAction.SAVED, now, null, problems);
		return StoredArticle.of(article, now);
	}

	/**
	 * Keeps what an editor typed into a new article's form: it becomes a draft at once,
	 * under a makeshift headline and slug when those are missing or taken. Never
	 * publishes.
	 * @param content the form as it stands, possibly incomplete
	 * @param editor who types
	 * @return the new draft
	 */
	@Transactional
	public StoredArticle autosaveNew(ArticleContent content, Editor editor) {
		Instant now = now();
		String title = (content.title() != null && !content.title().isBlank()) ? content.title() : UNTITLED;
		String slug = freeSlug(content.slug(), title, now);
		ArticleContent draft = new ArticleContent(title, slug, content.summary(),
				(content.bodyMarkdown() != null) ? content.bodyMarkdown() : "", content.section(), content.tags(),
				content.author(), content.source(), content.image(), ArticleStatus.DRAFT, content.publishedAt(), null,
				null);
		ArticleContent fitted = ArticleText.of(draft).fitted().toContent();
		Article article = new Article(now);
		RenderedMarkdown rendered = render(fitted);
		article.apply(fitted, rendered, now);
		article.markEdited();
		article.markChangedBy(editor.username(), now);
		int revision = article.nextRevisionNumber();
		this.articles.saveAndFlush(article);
		saved(article, ArticleSaved.Origin.EDITOR, false);
		addRevision(article, revision, RevisionAction.CREATED, editor.username(), "autosaved as a new draft", now);
		return StoredArticle.of(article, now);
	}

	/**
	 * Keeps what an editor typed into an existing article's form, apart from the article:
	 * neither its text nor its version changes, and nothing is published.
	 * @param id the article's id
	 * @param baseVersion the version the form was based on
	 * @param content the form as it stands, possibly incomplete
	 * @param editor who types
	 * @return when it was kept
	 */
	@Transactional
	public Instant autosave(long id, long baseVersion, ArticleContent content, Editor editor) {
		Instant now = now();
		Article article = article(id);
		ArticleAutosave autosave = this.autosaves.findByArticleIdAndUsername(article.getId(), editor.username())
			.orElseGet(() -> new ArticleAutosave(article.getId(), editor.username()));
		autosave.replace(ArticleText.of(content).fitted(), baseVersion, now);
		this.autosaves.save(autosave);
		return now;
	}

	/**
	 * Forgets an editor's autosaved text of an article.
	 * @param id the article's id
	 * @param editor whose text
	 */
	@Transactional
	public void discardAutosave(long id, Editor editor) {
		this.autosaves.deleteOfEditor(article(id).getId(), editor.username());
	}

	/**
	 * Takes a published or scheduled article away from readers; it becomes a draft.
	 * @param id the article's id
	 * @param editor who unpublishes it
	 * @return the article
	 * @throws EditRefusedException for a contributor, or an article that is not published
	 * @throws ArticleConflictException when someone else changed it at the same moment
	 */
	public StoredArticle unpublish(long id, Editor editor) {
		return changing(id, () -> unpublishArticle(id, editor));
	}

	private StoredArticle unpublishArticle(long id, Editor editor) {
		Instant now = now();
		Article article = article(id);
		refuseIfDeleted(article);
		if (!editor.canPublish()) {
			throw new EditRefusedException("Only editors can unpublish an article.");
		}
		if (article.getStatus() != ArticleStatus.PUBLISHED) {
			throw new EditRefusedException("This article is not published.");
		}
		article.unpublish();
		changed(article, editor, RevisionAction.UNPUBLISHED, now);
		return StoredArticle.of(article, now);
	}

	/**
	 * Deletes an article: readers are told it is gone, its revisions stay until it is
	 * purged, and it can be recovered as a draft.
	 * @param id the article's id
	 * @param editor who deletes it
	 * @return the article
	 * @throws EditRefusedException when a contributor deletes a published article
	 * @throws ArticleConflictException when someone else changed it at the same moment
	 */
	public StoredArticle delete(long id, Editor editor) {
		return changing(id, () -> deleteArticle(id, editor));
	}

	private StoredArticle deleteArticle(long id, Editor editor) {
		Instant now = now();
		Article article = article(id);
		refuseIfDeleted(article);
		if (article.getStatus() == ArticleStatus.PUBLISHED && !editor.canPublish()) {
			throw new EditRefusedException("Only editors can delete a published article.");
		}
		article.delete(now);
		changed(article, editor, RevisionAction.DELETED, now);
		return StoredArticle.of(article, now);
	}

	/**
	 * Brings a deleted article back as a draft.
	 * @param id the article's id
	 * @param editor who recovers it
	 * @return the article
	 * @throws ArticleConflictException when someone else changed it at the same moment
	 */
	public StoredArticle recover(long id, Editor editor) {
		return changing(id, () -> recoverArticle(id, editor));
	}

	private StoredArticle recoverArticle(long id, Editor editor) {
		Instant now = now();
		Article article = article(id);
		if (!article.isDeleted()) {
			throw new EditRefusedException("This article is not deleted.");
		}
		article.recover();
		changed(article, editor, RevisionAction.RECOVERED, now);
		return StoredArticle.of(article, now);
	}

	/**
	 * Removes a deleted article for good, with its revisions, old addresses and
	 * autosaves. Its address then answers "not found".
	 * @param id the article's id
	 * @param editor who purges it
	 */
	public void purge(long id, Editor editor) {
		changing(id, () -> {
			purgeArticle(id, editor);
			return null;
		});
	}

	private void purgeArticle(long id, Editor editor) {
		Article article = article(id);
		if (!editor.canPublish()) {
			throw new EditRefusedException("Only editors can purge an article.");
		}
		if (!article.isDeleted()) {
			throw new EditRefusedException("Only a deleted article can be purged: delete it first.");
		}
		this.autosaves.deleteAllOfArticle(article.getId());
		this.aliases.deleteAllOfArticle(article.getId());
		this.revisions.deleteAllOfArticle(article.getId());
		this.articles.delete(article);
		saved(article, ArticleSaved.Origin.EDITOR, true);
	}

	/**
	 * Makes an earlier revision's text the article's text again, as a new revision.
	 * Whether and when the article is published stays as it is.
	 * @param id the article's id
	 * @param number the revision to restore
	 * @param editor who restores it
	 * @return the article
	 * @throws ArticleConflictException when someone else changed it at the same moment
	 */
	public StoredArticle restore(long id, int number, Editor editor) {
		return changing(id, () -> restoreArticle(id, number, editor));
	}

	private StoredArticle restoreArticle(long id, int number, Editor editor) {
		Instant now = now();
		Article article = article(id);
		refuseIfDeleted(article);
		if (!editor.canPublish() && article.getStatus() == ArticleStatus.PUBLISHED) {
			throw new EditRefusedException("This article is published: only an editor can change it.");
		}
		ArticleContent restored = revisionOf(id, number).content()
			.withPublication(article.getStatus(), article.getPublishedAt(), article.getUpdatedAt())
			.withCorrection(article.getCorrection());
		store(article, restored, editor, RevisionAction.RESTORED, now, "revision " + number, List.of());
		return StoredArticle.of(article, now);
	}

	/**
	 * The content files articles were imported from, keyed by path, so that an import can
	 * skip unchanged files without a query each.
	 * @return file path to what was imported from it
	 */
	@Transactional(readOnly = true)
	public Map<String, ImportedSource> importedSources() {
		return this.articles.findImportedSources()
			.stream()
			.collect(Collectors.toMap(ImportedSource::path, Function.identity(), (first, second) -> first,
					HashMap::new));
	}

	/**
	 * Which content file each slug belongs to, so that an import can refuse a duplicate
	 * slug before it stores anything.
	 * @return slug to file path, or to an empty string for articles written in the admin
	 */
	@Transactional(readOnly = true)
	public Map<String, String> slugOwners() {
		Map<String, String> owners = new HashMap<>();
		this.articles.findSlugOwners().forEach((owner) -> owners.put(owner.slug(), owner.sourcePath()));
		return owners;
	}

	/**
	 * Creates or updates the article a content file describes. An article an editor
	 * changed since its last import keeps the editor's version. The caller has made sure
	 * the slug is not another article's (see {@link #slugOwners()}); the database's
	 * unique constraint is the last word. Lookups are by id, so that a batch of imports
	 * never flushes early.
	 * @param content the article as the file describes it
	 * @param images how the file's image references resolve
	 * @param source the file's path and content hash, and the article last imported from
	 * it
	 * @return what happened; a file without a publish time is published when first
	 * imported
	 */
	@Transactional
	public ImportOutcome importArticle(ArticleContent content, ImageResolver images, ImportedSource source) {
		return importArticle(content, images, source, null);
	}

	/**
	 * Creates or updates the article a content file describes, as
	 * {@link #importArticle(ArticleContent, ImageResolver, ImportedSource)} does, with
	 * its lead and body rendered ahead (on another thread, say).
	 * @param content the article as the file describes it
	 * @param images how the file's image references resolve
	 * @param source the file's path and content hash, and the article last imported from
	 * it
	 * @param rendered the lead and body as {@link MarkdownRenderer} renders them with
	 * {@code images}, or {@code null} to render them here
	 * @return what happened
	 */
	@Transactional
	public ImportOutcome importArticle(ArticleContent content, ImageResolver images, ImportedSource source,
			RenderedMarkdown rendered) {
		Optional<Article> existing = Optional.ofNullable(source.articleId()).flatMap(this.articles::findById);
		if (existing.isPresent() && existing.get().isEditedSinceImport()) {
			existing.get().markSourceSeen(source.hash());
			return ImportOutcome.KEPT_EDITOR_VERSION;
		}
		Instant now = this.clock.instant();
		Article article = existing.orElseGet(() -> new Article(now));
		if (content.publishedAt() == null && content.status() == ArticleStatus.PUBLISHED) {
			// A file without a publish time is published when first imported, and stays
			// so.
			Instant publishedAt = (article.getPublishedAt() != null) ? article.getPublishedAt()
					: now.truncatedTo(ChronoUnit.SECONDS);
			content = content.withPublishedAt(publishedAt);
		}
		ArticleContent before = existing.isPresent() ? article.content() : null;
		if (rendered == null) {
			rendered = this.markdown.render(content.summary(), content.bodyMarkdown(), images);
		}
		article.apply(content, rendered, now);
		article.markImported(source.path(), source.hash());
		int revision = article.nextRevisionNumber();
		this.articles.save(article);
		addRevision(article, revision, RevisionAction.IMPORTED, IMPORTER,
				(before != null) ? RevisionChanges.withPublication(before, content) : source.path(), now);
		saved(article, ArticleSaved.Origin.IMPORT, existing.isPresent());
		return existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.CREATED;
	}

	private void store(Article article, ArticleContent content, Editor editor, RevisionAction action, Instant now) {
		store(article, content, editor, action, now, null, List.of());
	}

	/**
	 * Checks, renders and stores an editor's version of an article, with a revision.
	 */
	private void store(Article article, ArticleContent content, Editor editor, RevisionAction action, Instant now,
			String note, List<InvalidArticleException.Problem> otherProblems) {
		ArticleContent before = (article.getId() != null) ? article.content() : null;
		List<InvalidArticleException.Problem> problems = new ArrayList<>(slugProblems(content.slug(), article));
		problems.addAll(otherProblems);
		if (!problems.isEmpty()) {
			throw new InvalidArticleException(problems);
		}
		RenderedMarkdown rendered = render(content);
		if (content.status() == ArticleStatus.PUBLISHED) {
			List<PublishChecklist.Check> checks = checklist(content, rendered);
			if (!PublishChecklist.allPassed(checks)) {
				throw new InvalidArticleException(checks.stream()
					.flatMap((check) -> check.problems().stream())
					.map((problem) -> new InvalidArticleException.Problem(null, problem))
					.toList());
			}
		}
		if (before != null && !before.slug().equals(content.slug())) {
			renamed(article, content.slug(), editor, now);
		}
		article.apply(content, rendered, now);
		article.markEdited();
		article.markChangedBy(editor.username(), now);
		int revision = article.nextRevisionNumber();
		// Flushed now, so that the version handed back is the one the next save must
		// name.
		this.articles.saveAndFlush(article);
		saved(article, ArticleSaved.Origin.EDITOR, before != null);
		String changes = (before != null) ? RevisionChanges.withPublication(before, content) : null;
		if (note != null) {
			changes = (changes != null && !changes.isEmpty()) ? note + ": " + changes : note;
		}
		addRevision(article, revision, action, editor.username(), changes, now);
		this.autosaves.deleteOfEditor(article.getId(), editor.username());
	}

	/**
	 * Keeps the old slug of an article readers may have seen, so that links to it still
	 * lead to the article; reclaiming one of its own old slugs drops that alias.
	 */
	private void renamed(Article article, String newSlug, Editor editor, Instant now) {
		this.aliases.findBySlug(newSlug).ifPresent(this.aliases::delete);
		if (article.isEverPublished() && this.aliases.findBySlug(article.getSlug()).isEmpty()) {
			this.aliases.save(new ArticleAlias(article.getSlug(), article.getId(), now, editor.username()));
		}
	}

	private void changed(Article article, Editor editor, RevisionAction action, Instant now) {
		article.markEdited();
		article.markChangedBy(editor.username(), now);
		int revision = article.nextRevisionNumber();
		this.articles.saveAndFlush(article);
		saved(article, ArticleSaved.Origin.EDITOR, true);
		addRevision(article, revision, action, editor.username(), null, now);
	}

	private void addRevision(Article article, int number, RevisionAction action, String username, String changes,
			Instant now) {
		this.revisions.save(new ArticleRevision(article.getId(), number, now, username, action,
				RevisionChanges.fit(changes), ArticleText.of(article.content())));
	}

	private List<InvalidArticleException.Problem> slugProblems(String slug, Article article) {
		if (!Slugs.isValid(slug)) {
			return List.of(new InvalidArticleException.Problem("slug",
					"Use lower-case letters a-z and digits joined by single hyphens, at most " + Slugs.MAX_LENGTH
							+ " characters."));
		}
		Optional<Article> owner = this.articles.findBySlug(slug);
		if (owner.isPresent() && !owner.get().getId().equals(article.getId())) {
			String whose = owner.get().isDeleted()
					? "a deleted article (\"" + owner.get().getTitle() + "\"); purge it first or choose another"
					: "\"" + owner.get().getTitle() + "\"";
			return List.of(new InvalidArticleException.Problem("slug", "This address is taken by " + whose + "."));
		}
		Optional<ArticleAlias> alias = this.aliases.findBySlug(slug);
		if (alias.isPresent() && !alias.get().getArticleId().equals(article.getId())) {
			String title = this.articles.findById(alias.get().getArticleId()).map(Article::getTitle).orElse("?");
			return List.of(new InvalidArticleException.Problem("slug",
					"This is an old address of \"" + title + "\" and still redirects there: choose another."));
		}
		return List.of();
	}

	/**
	 * Decides status, publish and update time: publishing without a time publishes now;
	 * the update time moves only for a substantive update of an article readers can see.
	 */
	private static ArticleContent publication(ArticleContent content, Article article, boolean substantiveUpdate,
			Instant now) {
		Instant publishedAt = content.publishedAt();
		if (content.status() == ArticleStatus.PUBLISHED && publishedAt == null) {
			boolean live = article != null && article.getStatus() == ArticleStatus.PUBLISHED
					&& article.getPublishedAt() != null;
			publishedAt = live ? article.getPublishedAt() : now;
		}
		Instant updatedAt = (article != null) ? article.getUpdatedAt() : null;
		if (article != null && substantiveUpdate && article.isVisibleAt(now)
				&& content.status() == ArticleStatus.PUBLISHED) {
			updatedAt = now;
		}
		return content.withPublication(content.status(), publishedAt, updatedAt);
	}

	private RenderedMarkdown render(ArticleContent content) {
		return this.markdown.render(content.summary(), content.bodyMarkdown(),
				this.images.getIfAvailable(() -> ImageResolver.AS_WRITTEN));
	}

	private List<PublishChecklist.Check> checklist(ArticleContent content, RenderedMarkdown rendered) {
		return PublishChecklist.check(content, rendered,
				(slug) -> slug.equals(content.slug()) || this.articles.existsBySlugAndDeletedAtIsNull(slug)
						|| this.aliases.findTarget(slug).filter((target) -> target.deletedAt() == null).isPresent());
	}

	private Article article(long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException("article " + id));
	}

	private ArticleRevision revisionOf(long id, int number) {
		return this.revisions.findByArticleIdAndNumber(id, number)
			.orElseThrow(() -> new ArticleNotFoundException("revision " + number + " of article " + id));
	}

	private static void refuseIfDeleted(Article article) {
		if (article.isDeleted()) {
			throw new EditRefusedException("This article is deleted: recover it before changing it.");
		}
	}

	/**
	 * A slug for a new draft that nobody else has: the one typed, else one from the
	 * headline, else one from the time.
	 */
	private String freeSlug(String typed, String title, Instant now) {
		for (String candidate : new String[] { typed, Slugs.ofTitle(title) }) {
			if (Slugs.isValid(candidate) && isFree(candidate)) {
				return candidate;
			}
		}
		String base = "draft-" + now.getEpochSecond();
		String candidate = base;
		for (int i = 2; !isFree(candidate); i++) {
			candidate = base + "-" + i;
		}
		return candidate;
	}

	private boolean isFree(String slug) {
		return !this.articles.existsBySlug(slug) && this.aliases.findBySlug(slug).isEmpty();
	}

	/**
	 * Tells whether two versions say the same, whatever their publication.
	 */
	static boolean sameText(ArticleContent a, ArticleContent b) {
		return RevisionChanges.between(a, b).isEmpty();
	}

	private <T> PageOf<T> page(int page, String path, Function<Pageable, Page<T>> query) {
		if (page < 1) {
			throw new InvalidPageNumberException(page);
		}
		if ((long) (page - 1) * NEWSROOM_PAGE_SIZE > Integer.MAX_VALUE) {
			throw new ArticleNotFoundException("page " + page + " of " + path);
		}
		Page<T> items = query.apply(PageRequest.of(page - 1, NEWSROOM_PAGE_SIZE));
		int totalPages = Math.max(1, items.getTotalPages());
		if (page > totalPages) {
			throw new ArticleNotFoundException("page " + page + " of " + path);
		}
		return new PageOf<>(items.getContent(), new Pagination(page, totalPages, path));
	}

	private void saved(Article article, ArticleSaved.Origin origin, boolean existed) {
		this.siteVersion.changedInCurrentTransaction();
		this.events.publishEvent(new ArticleSaved(article.getId(), origin,
				existed ? ArticleSaved.Outcome.UPDATED : ArticleSaved.Outcome.CREATED));
	}

	/**
	 * Changes an existing article in a transaction of its own. When another save
	 * committed between this one's read and its write, the version check of the write
	 * fails; that is the conflict it is, reported with the article as it is now, and
	 * never a database error. (Both saves read the same version, so the check before the
	 * write cannot see it.)
	 */
	private StoredArticle changing(long id, Supplier<StoredArticle> change) {
		try {
			return this.transaction.execute((status) -> change.get());
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ArticleConflictException(
					this.transaction.execute((status) -> StoredArticle.of(article(id), now())));
		}
	}

	/** Reports a refused editor save, then lets the refusal reach the form. */
	private StoredArticle refusalsCounted(Long id, Supplier<StoredArticle> save) {
		try {
			return save.get();
		}
		catch (ArticleConflictException | EditRefusedException | InvalidArticleException ex) {
			this.events.publishEvent(new ArticleSaved(id, ArticleSaved.Origin.EDITOR, ArticleSaved.Outcome.REFUSED));
			throw ex;
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * What an import did with a content file.
	 */
	public enum ImportOutcome {

		/** A new article was created. */
		CREATED,
		/** The article was updated from the changed file. */
		UPDATED,
		/** An editor changed the article since its import; their version stays. */
		KEPT_EDITOR_VERSION

	}

}
