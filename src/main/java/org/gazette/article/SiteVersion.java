package org.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells caches whether what readers see may have changed. Every transaction that saves,
 * deletes or purges an article raises one number in the database ({@code site_version})
 * as it commits, on whichever instance it runs; what readers see also changes, without
 * any save, when a scheduled story's time comes. A {@link Snapshot} holds both: pages
 * rendered under one snapshot stay right until the next one differs.
 * <p>
 * The number is read again at most every {@link SiteVersionProperties#checkInterval()
 * check interval} (one indexed row), at once after this instance's own saves, and at once
 * when the next scheduled story is due.
 */
@Component
public class SiteVersion {

	private static final Log logger = LogFactory.getLog(SiteVersion.class);

	private static final String READ = "select version from site_version where id = 1";

	private static final String RAISE = "update site_version set version = version + 1 where id = 1";

	private final JdbcTemplate jdbc;

	private final ArticleRepository articles;

	private final Clock clock;

	private final long checkIntervalNanos;

	private final Object checking = new Object();

	private volatile Snapshot snapshot;

	private volatile long checkedAt;

	/** Set by this instance's commits: the next caller reads the number again. */
	private volatile boolean changedHere = true;

	/** This instance's own commits, counted after each has been indexed for search. */
	private final AtomicLong localChanges = new AtomicLong();

	SiteVersion(JdbcTemplate jdbc, ArticleRepository articles, Clock clock, SiteVersionProperties properties) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.clock = clock;
		this.checkIntervalNanos = properties.checkInterval().toNanos();
	}

	/**
	 * What readers see now, as of a check no older than the check interval.
	 * @return the snapshot, or nothing when the database cannot say (then nothing may be
	 * served from a cache)
	 */
	public Optional<Snapshot> current() {
		Snapshot known = this.snapshot;
		if (isFresh(known)) {
			return Optional.of(known);
		}
		synchronized (this.checking) {
			known = this.snapshot;
			if (isFresh(known)) {
				return Optional.of(known);
			}
			// Cleared first: a commit during the read below must cause another read.
			this.changedHere = false;
			long started = System.nanoTime();
			try {
				Long version = this.jdbc.queryForObject(READ, Long.class);
				Instant now = this.clock.instant();
				Instant next = this.articles.findNextPublicationAfter(now).orElse(null);
				Snapshot read = new Snapshot((version != null) ? version : 0, this.localChanges.get(), next);
				this.snapshot = read;
				this.checkedAt = started;
				return Optional.of(read);
			}
			catch (DataAccessException ex) {
				this.changedHere = true;
				logger.warn("Site version could not be read, pages are rendered afresh: " + ex.getMessage());
				return Optional.empty();
			}
		}
	}

	private boolean isFresh(Snapshot known) {
		return known != null && !this.changedHere && System.nanoTime() - this.checkedAt < this.checkIntervalNanos
				&& !known.isDueAt(this.clock.instant());
	}

	/**
	 * Raises the site's version as the current transaction commits (once, however many
	 * articles it saves), and makes this instance read it again right after.
	 */
	void changedInCurrentTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.jdbc.update(RAISE);
			changed();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				SiteVersion.this.jdbc.update(RAISE);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(SiteVersion.this);
				if (status == STATUS_COMMITTED) {
					changed();
				}
			}

		});
	}

	private void changed() {
		this.localChanges.incrementAndGet();
		this.changedHere = true;
	}

	/**
	 * What readers see, as of one check.
	 *
	 * @param version the site's version: changes with every committed save
	 * @param localChanges this instance's own committed saves: a page rendered while the
	 * search index had not yet caught up with one belongs to an older snapshot
	 * @param nextPublication when the next scheduled story appears, or {@code null} when
	 * none is scheduled
	 */
	public record Snapshot(long version, long localChanges, Instant nextPublication) {

		/**
		 * Tells whether this snapshot was taken after another one.
		 * @param other the other snapshot
		 * @return whether this one is the later
		 */
		public boolean isNewerThan(Snapshot other) {
			if (this.version != other.version) {
				return this.version > other.version;
			}
			if (this.localChanges != other.localChanges) {
				return this.localChanges > other.localChanges;
			}
			if (this.nextPublication == null || other.nextPublication == null) {
				return this.nextPublication == null && other.nextPublication != null;
			}
			return this.nextPublication.isAfter(other.nextPublication);
		}

		/**
		 * Tells whether a scheduled story has appeared since this snapshot was taken.
		 * @param now the time
		 * @return whether pages rendered under this snapshot may now be out of date
		 */
		public boolean isDueAt(Instant now) {
			return this.nextPublication != null && !now.isBefore(this.nextPublication);
		}

	}

}
