package org.gazette.system;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long browsers, proxies and CDNs may keep public pages
 * ({@code GAZETTE_HTTP_CACHE_*}). Both are cut short before the next scheduled story's
 * publish time.
 *
 * @param maxAge how long a page is fresh
 * @param staleWhileRevalidate how long after that a cache may still serve it while it
 * revalidates in the background
 */
@ConfigurationProperties("gazette.http-cache")
record HttpCacheProperties(@DefaultValue("60s") Duration maxAge, @DefaultValue("30s") Duration staleWhileRevalidate) {

	/**
	 * The {@code Cache-Control} of a public page.
	 * @param now the time of the request
	 * @param nextPublication when the next scheduled story appears, or {@code null}
	 * @return a header value that no cache may use past that moment
	 */
	String publicPage(Instant now, Instant nextPublication) {
		return publicPage(
				(nextPublication != null) ? Math.max(0, Duration.between(now, nextPublication).toSeconds()) : -1);
	}

	/**
	 * The {@code Cache-Control} of a public page.
	 * @param secondsToNextPublication seconds until the next scheduled story appears, or
	 * {@code -1} when none is scheduled
	 * @return a header value that no cache may use past that moment
	 */
	String publicPage(long secondsToNextPublication) {
		long fresh = this.maxAge.toSeconds();
		long stale = this.staleWhileRevalidate.toSeconds();
		if (secondsToNextPublication >= 0) {
			fresh = Math.min(fresh, secondsToNextPublication);
			stale = Math.min(stale, secondsToNextPublication - fresh);
		}
		return "public, max-age=" + fresh + ((stale > 0) ? ", stale-while-revalidate=" + stale : "");
	}

}
