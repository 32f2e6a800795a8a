package org.gazette.article;

import java.util.List;

/**
 * The newest stories of the site, a section or a tag, as a feed carries them: whole.
 *
 * @param heading what the feed is, e.g. the section's name
 * @param path the listing the feed follows, e.g. {@code /sections/world}
 * @param articles the stories, newest first
 */
public record ArticleFeed(String heading, String path, List<ArticleView> articles) {
}
