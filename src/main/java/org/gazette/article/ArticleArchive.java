package org.gazette.article;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles as backups keep them: read out in id order with their revisions and old slugs,
 * and stored again, in an empty database, as they were, rendered by this build's markdown
 * pipeline. Restoring is not saving: no revision is added and no {@link ArticleSaved} is
 * published (no save is counted); Hibernate Search indexes what is stored, as it does
 * every write.
 */
@Service
public class ArticleArchive {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final ArticleAliasRepository aliases;

	private final MarkdownRenderer markdown;

	private final ObjectProvider<ImageResolver> images;

	private final EntityManager entityManager;

	ArticleArchive(ArticleRepository articles, ArticleRevisionRepository revisions, ArticleAliasRepository aliases,
			MarkdownRenderer markdown, ObjectProvider<ImageResolver> images, EntityManager entityManager) {
		this.articles = articles;
		this.revisions = revisions;
		this.aliases = aliases;
		this.markdown = markdown;
		this.images = images;
		this.entityManager = entityManager;
	}

	/**
	 * How many articles there are.
	 * @return the count, deleted articles included
	 */
	@Transactional(readOnly = true)
	public long count() {
		return this.articles.count();
	}

	/**
	 * The next articles in id order, deleted ones included, each with its revisions and
	 * old slugs. A backup reads them all in one transaction, a batch at a time: what is
	 * read is let go again.
	 * @param afterId the last id of the previous batch, or 0
	 * @param limit how many articles at most
	 * @return the articles, in id order; none after the last
	 */
	@Transactional(readOnly = true)
	public List<ArchivedArticle> after(long afterId, int limit) {
		List<Article> batch = this.articles.findByIdGreaterThanOrderById(afterId, Limit.of(limit));
		if (batch.isEmpty()) {
			return List.of();
		}
		List<Long> ids = batch.stream().map(Article::getId).toList();
		List<ArticleRevision> revisions = this.revisions.findAllOfArticles(ids);
		List<ArticleAlias> aliases = this.aliases.findAllOfArticles(ids);
		Map<Long, List<Revision>> revisionsOf = revisions.stream()
			.collect(Collectors.groupingBy(ArticleRevision::getArticleId, Collectors
				.mapping((revision) -> new Revision(revision.summary(), revision.content()), Collectors.toList())));
		Map<Long, List<ArchivedAlias>> aliasesOf = aliases.stream()
			.collect(Collectors.groupingBy(ArticleAlias::getArticleId,
					Collectors.mapping(ArticleAlias::archived, Collectors.toList())));
		List<ArchivedArticle> archived = batch.stream()
			.map((article) -> new ArchivedArticle(article.getId(), article.content(), article.newsroomRecord(),
					revisionsOf.getOrDefault(article.getId(), List.of()),
					aliasesOf.getOrDefault(article.getId(), List.of())))
			.toList();
		batch.forEach(this.entityManager::detach);
		revisions.forEach(this.entityManager::detach);
		aliases.forEach(this.entityManager::detach);
		return archived;
	}

	/**
	 * Stores articles from a backup as they were: text, revisions, old slugs, who made
	 * and changed them and when, deleted or not. Each gets a new id; the HTML is rendered
	 * again, so the images they show must be restored first.
	 * @param batch the articles, in the order they were made
	 */
	@Transactional
	public void restore(List<ArchivedArticle> batch) {
		ImageResolver resolver = this.images.getIfAvailable(() -> ImageResolver.AS_WRITTEN);
		for (ArchivedArticle archived : batch) {
			ArticleContent content = archived.content();
			Article article = this.articles.save(Article.restored(content,
					this.markdown.render(content.summary(), content.bodyMarkdown(), resolver), archived.newsroom()));
			for (Revision revision : archived.revisions()) {
				RevisionSummary summary = revision.summary();
				this.revisions.save(new ArticleRevision(article.getId(), summary.number(), summary.createdAt(),
						summary.createdBy(), summary.action(), summary.changes(), ArticleText.of(revision.content())));
			}
			for (ArchivedAlias alias : archived.aliases()) {
				this.aliases
					.save(new ArticleAlias(alias.slug(), article.getId(), alias.createdAt(), alias.createdBy()));
			}
		}
	}

}
