package org.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
import org.gazette.markdown.RenderedMarkdown;
import org.gazette.metrics.GazetteMetrics;
import org.gazette.metrics.GazetteMetrics.SaveOrigin;
import org.gazette.metrics.GazetteMetrics.SaveOutcome;

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

	private final GazetteMetrics metrics;

	ArticleService(ArticleRepository articles, MarkdownRenderer markdown, Clock clock, GazetteMetrics metrics) {
		this.articles = articles;
		this.markdown = markdown;
		this.clock = clock;
		this.metrics = metrics;
	}

	/**
	 * Hashes of the content files articles were imported from, keyed by path, so that an
	 * import can skip unchanged files without a query each.
	 * @return file path to content hash
	 */
	@Transactional(readOnly = true)
	public Map<String, String> importedSourceHashes() {
		return this.articles.findImportedSources()
			.stream()
			.collect(Collectors.toMap(ImportedSource::path, ImportedSource::hash, (first, second) -> first,
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
	 * changed since its last import keeps the editor's version.
	 * @param content the article as the file describes it
	 * @param images how the file's image references resolve
	 * @param sourcePath the file's path relative to the content directory
	 * @param sourceHash the file's content hash
	 * @return what happened; a file without a publish time is published when first
	 * imported
	 */
	@Transactional
	public ImportOutcome importArticle(ArticleContent content, ImageResolver images, String sourcePath,
			String sourceHash) {
		Optional<Article> existing = this.articles.findBySourcePath(sourcePath);
		if (existing.isPresent() && existing.get().isEditedSinceImport()) {
			existing.get().markSourceSeen(sourceHash);
			return ImportOutcome.KEPT_EDITOR_VERSION;
		}
		Optional<Article> sameSlug = this.articles.findBySlug(content.slug());
		if (sameSlug.isPresent() && (existing.isEmpty() || !sameSlug.get().getId().equals(existing.get().getId()))) {
			return ImportOutcome.DUPLICATE_SLUG;
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
		article.markImported(sourcePath, sourceHash);
		this.articles.save(article);
		this.metrics.articleSaved(SaveOrigin.IMPORT, existing.isPresent() ? SaveOutcome.UPDATED : SaveOutcome.CREATED);
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
		KEPT_EDITOR_VERSION,
		/** Another article already has the file's slug; the file was skipped. */
		DUPLICATE_SLUG

	}

}
