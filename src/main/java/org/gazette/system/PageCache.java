package org.gazette.system;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.gazette.article.SiteVersion;

/**
 * Readers' pages as they were sent, kept per {@link SiteVersion.Snapshot}: a page is only
 * ever served under the snapshot it was rendered under. A newer snapshot starts an empty
 * generation and the old one is dropped whole, so a save, a deletion or a scheduled
 * story's time coming invalidates every page at once; pages that were being rendered
 * meanwhile are kept in the old generation, where nobody asks for them. Bounded by bytes,
 * the least used pages go first.
 */
final class PageCache {

	/** What a kept page costs besides its bodies: key, headers, entry. */
	private static final int OVERHEAD = 1024;

	private final long maxSize;

	private final int maxPageSize;

	private final AtomicReference<Generation> current = new AtomicReference<>();

	private volatile boolean ready;

	PageCache(long maxSize, int maxPageSize) {
		this.maxSize = maxSize;
		this.maxPageSize = maxPageSize;
	}

	/**
	 * Lets pages be kept from now on: once the application is ready, when content has
	 * been imported and the search index checked.
	 */
	void ready() {
		this.ready = true;
	}

	int maxPageSize() {
		return this.maxPageSize;
	}

	/**
	 * The pages rendered under a snapshot.
	 * @param snapshot what readers see now, as the caller has read it
	 * @return the pages, or {@code null} when nothing may be kept now: before the
	 * application is ready, or when another caller has seen a newer snapshot already
	 */
	Generation generation(SiteVersion.Snapshot snapshot) {
		if (!this.ready) {
			return null;
		}
		while (true) {
			Generation known = this.current.get();
			if (known != null && known.snapshot().equals(snapshot)) {
				return known;
			}
			if (known != null && known.snapshot().isNewerThan(snapshot)) {
				return null;
			}
			Generation fresh = new Generation(snapshot,
					Caffeine.newBuilder()
						.maximumWeight(this.maxSize)
						.weigher((String key, Page page) -> page.weight())
						.executor(Runnable::run)
						.build(),
					new ConcurrentHashMap<>());
			if (this.current.compareAndSet(known, fresh)) {
				return fresh;
			}
		}
	}

	/**
	 * The pages of one snapshot.
	 *
	 * @param snapshot what readers saw while these pages were rendered
	 * @param pages the pages by request URL
	 * @param rendering the pages being rendered now, by request URL, each completed with
	 * the page kept or {@code null}
	 */
	record Generation(SiteVersion.Snapshot snapshot, Cache<String, Page> pages,
			ConcurrentMap<String, CompletableFuture<Page>> rendering) {
	}

	/**
	 * A page as it was sent.
	 *
	 * @param contentType the {@code Content-Type}
	 * @param locale the locale the page was rendered in, for {@code Content-Language}, or
	 * {@code null} when it named none
	 * @param headers names and values of the other headers, Spring Security's among them
	 * @param etag the {@code ETag}
	 * @param body the bytes
	 * @param gzip the bytes gzip-compressed, or {@code null} when that would not pay
	 * @param pathPattern the route that rendered it, for metrics
	 */
	record Page(String contentType, Locale locale, List<String[]> headers, String etag, byte[] body, byte[] gzip,
			String pathPattern) {

		int weight() {
			return OVERHEAD + this.body.length + ((this.gzip != null) ? this.gzip.length : 0);
		}

	}

}
