package org.gazette.article;

import java.util.ArrayList;
import java.util.List;

import org.gazette.MutableClock;
import org.gazette.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Backups read articles a batch at a time in id order, each with its own revisions and
 * old slugs, and store them back as they were.
 */
@DataJpaTest
@Import({ ArticleService.class, ArticleArchive.class, SiteVersion.class, MarkdownRenderer.class,
		MutableClock.Configuration.class })
@EnableConfigurationProperties(SiteVersionProperties.class)
class ArticleArchiveTests {

	private static final Editor EDITOR = new Editor("editor", true);

	@Autowired
	private ArticleService articles;

	@Autowired
	private ArticleArchive archive;

	@Autowired
	private ArticleRepository repository;

	@Test
	void batchesFollowIdOrderWithEachArticlesRevisionsAndOldSlugs() {
		List<Long> ids = new ArrayList<>();
		for (String slug : List.of("one", "two", "three", "four", "five")) {
			ids.add(this.articles.create(published(slug), EDITOR).id());
		}
		StoredArticle two = this.articles.find(ids.get(1));
		this.articles.update(two.id(), two.version(), renamed(two.content(), "two-renamed"), false, EDITOR);
		this.articles.delete(ids.get(3), EDITOR);

		List<ArchivedArticle> read = new ArrayList<>();
		for (List<ArchivedArticle> batch = this.archive.after(0, 2); !batch.isEmpty(); batch = this.archive
			.after(batch.get(batch.size() - 1).id(), 2)) {
			assertThat(batch).hasSizeLessThanOrEqualTo(2);
			read.addAll(batch);
		}
		assertThat(read).extracting(ArchivedArticle::id).containsExactlyElementsOf(ids);
		ArchivedArticle renamed = read.get(1);
		assertThat(renamed.content().slug()).isEqualTo("two-renamed");
		assertThat(renamed.revisions())
			.extracting((revision) -> revision.summary().number(), (revision) -> revision.content().slug())
			.containsExactly(tuple(1, "two"), tuple(2, "two-renamed"));
		assertThat(renamed.aliases()).extracting(ArchivedAlias::slug, ArchivedAlias::createdBy)
			.containsExactly(tuple("two", "editor"));
		assertThat(read).filteredOn(ArchivedArticle::isDeleted)
			.extracting((article) -> article.content().slug())
			.containsExactly("four");
		assertThat(read.get(0).revisions()).hasSize(1);
		assertThat(read.get(0).aliases()).isEmpty();
	}

	@Test
	void restoredArticleIsAsItWasUnderANewId() {
		StoredArticle created = this.articles.create(published("original"), EDITOR);
		this.articles.update(created.id(), created.version(), renamed(created.content(), "original-renamed"), false,
				EDITOR);
		ArchivedArticle archived = this.archive.after(0, 10).get(0);
		String html = this.repository.findBySlug("original-renamed").orElseThrow().getBodyHtml();
		this.repository.deleteAll();
		this.repository.flush();

		this.archive.restore(List.of(archived));

		ArchivedArticle restored = this.archive.after(0, 10).get(0);
		assertThat(restored.id()).isNotEqualTo(archived.id());
		assertThat(restored).usingRecursiveComparison().ignoringFields("id").isEqualTo(archived);
		assertThat(this.repository.findBySlug("original-renamed").orElseThrow().getBodyHtml()).isEqualTo(html)
			.contains("Body of original.");
	}

	private static ArticleContent published(String slug) {
		return new ArticleContent("Title of " + slug, slug, "Lead of " + slug, "Body of " + slug + ".\n", "World",
				List.of("SCO"), null, null, null, ArticleStatus.PUBLISHED, null, null);
	}

	private static ArticleContent renamed(ArticleContent content, String slug) {
		return new ArticleContent(content.title(), slug, content.summary(), content.bodyMarkdown(), content.section(),
				content.tags(), content.author(), content.source(), content.image(), content.status(),
				content.publishedAt(), content.updatedAt(), content.correction());
	}

}
