package org.gazette.feed;

import java.util.List;

import org.gazette.article.ArticleNotFoundException;
import org.gazette.article.ArticleReader;
import org.gazette.article.ArticleView;
import org.gazette.article.Tag;
import org.gazette.search.ArticleIndex;

import org.springframework.stereotype.Service;

/**
 * Finds the newest stories of the site, a section or a tag: their order comes from the
 * search index, their content from the database, fifty rows by id.
 */
@Service
class FeedService {

	/** Stories per feed: enough for a reader that polls a few times a day. */
	static final int FEED_SIZE = 50;

	private final ArticleIndex index;

	private final ArticleReader reader;

	FeedService(ArticleIndex index, ArticleReader reader) {
		this.index = index;
		this.reader = reader;
	}

	FeedStories site() {
		return new FeedStories("Latest news", "/", this.reader.articles(this.index.newest(null, null, FEED_SIZE)));
	}

	FeedStories section(String sectionSlug) {
		List<ArticleView> articles = this.reader.articles(this.index.newest(sectionSlug, null, FEED_SIZE));
		if (articles.isEmpty() || articles.get(0).section() == null) {
			throw new ArticleNotFoundException("section " + sectionSlug);
		}
		return new FeedStories(articles.get(0).section().name(), "/sections/" + sectionSlug, articles);
	}

	FeedStories tag(String tagSlug) {
		List<ArticleView> articles = this.reader.articles(this.index.newest(null, tagSlug, FEED_SIZE));
		String name = articles.stream()
			.flatMap((article) -> article.tags().stream())
			.filter((tag) -> tag.slug().equals(tagSlug))
			.map(Tag::name)
			.findFirst()
			.orElseThrow(() -> new ArticleNotFoundException("tag " + tagSlug));
		return new FeedStories(name, "/tags/" + tagSlug, articles);
	}

}
