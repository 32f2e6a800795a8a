package org.gazette.article;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the site lives, for links that must be absolute: feeds, sitemaps, canonical and
 * social links.
 *
 * @param url the absolute base URL, e.g. {@code https://news.example.com}; when blank,
 * each request's own scheme, host and port are used
 */
@ConfigurationProperties("gazette.site")
public record SiteProperties(String url) {

	public SiteProperties {
		if (url != null && !url.isBlank()) {
			url = url.strip();
			if (!url.matches("(?i)https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
				throw new IllegalArgumentException(
						"gazette.site.url (GAZETTE_SITE_URL) must be an absolute http or https URL, not '" + url + "'");
			}
			while (url.endsWith("/")) {
				url = url.substring(0, url.length() - 1);
			}
		}
		else {
			url = null;
		}
	}

}
