package org.gazette.article;

import java.util.List;

/**
 * Finds the stories to suggest under an article: shared tags first, then the same
 * section, newer before older. The search module answers it from its index, so that a
 * popular tag costs no scan of the database.
 */
public interface RelatedArticles {

	/**
	 * Stories related to an article, visible to readers now.
	 * @param article the article being read
	 * @param limit how many at most
	 * @return the related stories, best first, never the article itself
	 */
	List<ArticleCard> relatedTo(ArticleView article, int limit);

}
