package org.gazette.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-memory cache of readers' pages ({@code GAZETTE_PAGE_CACHE_*}), see
 * {@link PageCacheFilter}.
 *
 * @param enabled whether readers' pages are kept in memory at all
 * @param maxSize the most memory the kept pages (plain and gzip-compressed) may take; the
 * least used go first
 * @param maxPageSize a larger page is never kept (sitemaps are split at 2,000 URLs, about
 * 400 KB, well below the default)
 */
@ConfigurationProperties("gazette.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
		@DefaultValue("4MB") DataSize maxPageSize) {

}
