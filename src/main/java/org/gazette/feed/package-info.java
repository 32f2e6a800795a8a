/**
 * How the site is followed and crawled: Atom feeds of the site, its sections and tags,
 * the page explaining them, sitemaps (with a Google News sitemap) and robots.txt. Links
 * are absolute, from {@link org.gazette.article.SiteLinks}.
 */
package org.gazette.feed;
