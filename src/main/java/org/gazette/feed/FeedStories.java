package org.gazette.feed;

import java.util.List;

import org.gazette.article.ArticleView;

/**
 * The stories one feed carries, whole, newest first.
 *
 * @param heading what the feed follows, e.g. the section's name
 * @param path the page the feed follows, e.g. {@code /sections/world}
 * @param articles the stories
 */
record FeedStories(String heading, String path, List<ArticleView> articles) {

	String feedPath() {
		return ("/".equals(this.path) ? "" : this.path) + "/feed.xml";
	}

}
