package org.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
import org.gazette.markdown.RenderedMarkdown;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write to articles goes through here: content is rendered to sanitised HTML once,
 * on write, and stored beside its markdown.
 */
@Service
public class ArticleService {

	private final ArticleRepository articles;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ArticleService(ArticleRepository articles, MarkdownRenderer markdown, Clock clock,
			ApplicationEventPublisher events) {
		this.articles = articles;
		this.markdown = markdown;
		this.clock = clock;
		this.events = events;
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
		Optional<Article> existing = Optional.ofNullable(source.articleId()).flatMap(this.articles::findById);
		if (existing.isPresent() && existing.get().isEditedSinceImport()) {
			existing.get().markSourceSeen(source.hash());
			return ImportOutcome.KEPT_EDITOR_VERSION;
		}
		Instant now = this.clock.instant();
		Article article = existing.orElseGet(() -> new Article(now));
		if (content.publishedAt() == null) {
			// A file without a publish time is published when first imported, and stays
			// so.
			Instant publishedAt = (article.getPublishedAt() != null) ? article.getPublishedAt() : now;
			content = content.withPublishedAt(publishedAt);
		}
		RenderedMarkdown rendered = this.markdown.render(content.summary(), content.bodyMarkdown(), images);
		article.apply(content, rendered, now);
		article.markImported(source.path(), source.hash());
		this.articles.save(article);
		this.events.publishEvent(new ArticleSaved(article.getId(), ArticleSaved.Origin.IMPORT,
				existing.isPresent() ? ArticleSaved.Outcome.UPDATED : ArticleSaved.Outcome.CREATED));
		return existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.CREATED;
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
