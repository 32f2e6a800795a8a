package org.gazette.content;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Lets one instance at a time import content when several share a database. The holder
 * keeps a row of {@code cluster_lock} locked ({@code select ... for update}, which H2 and
 * PostgreSQL both know) on a connection of its own for as long as the import runs; the
 * others wait, then find every file unchanged. A holder that dies releases the lock with
 * its connection.
 */
@Component
class ContentImportLock {

	private static final Log logger = LogFactory.getLog(ContentImportLock.class);

	private static final String LOCK = "select name from cluster_lock where name = 'content-import' for update nowait";

	static final Duration MAX_WAIT = Duration.ofMinutes(10);

	private static final Duration RETRY_INTERVAL = Duration.ofMillis(500);

	private final DataSource dataSource;

	private final SQLExceptionTranslator translator;

	private final AtomicInteger contendedAttempts = new AtomicInteger();

	ContentImportLock(DataSource dataSource) {
		this.dataSource = dataSource;
		this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
	}

	/**
	 * Runs work while holding the lock, waiting for another holder to finish first.
	 * @param <T> what the work returns
	 * @param work what to do while no other instance imports
	 * @return what the work returned, or nothing when the lock was not had in time
	 */
	<T> Optional<T> callExclusively(Supplier<T> work) {
		long deadline = System.nanoTime() + MAX_WAIT.toNanos();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				while (!tryLock(connection)) {
					if (this.contendedAttempts.incrementAndGet() == 1) {
						logger.info("Another instance is importing content: waiting for it to finish");
					}
					if (System.nanoTime() > deadline) {
						logger.warn("Another instance has been importing content for over " + MAX_WAIT.toMinutes()
								+ " minutes: this instance skips its import");
						return Optional.empty();
					}
					Thread.sleep(RETRY_INTERVAL.toMillis());
				}
				return Optional.ofNullable(work.get());
			}
			finally {
				// Nothing was written on this connection: ending the transaction releases
				// the lock.
				connection.rollback();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			logger.warn("Interrupted while waiting for another instance's content import: import skipped");
			return Optional.empty();
		}
		catch (SQLException ex) {
			throw this.translator.translate("content import lock", LOCK, ex);
		}
	}

	private boolean tryLock(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(LOCK)) {
			if (!row.next()) {
				throw new IllegalStateException("cluster_lock has no 'content-import' row: is migration V5_1 applied?");
			}
			return true;
		}
		catch (SQLException ex) {
			DataAccessException translated = this.translator.translate("content import lock", LOCK, ex);
			if (translated instanceof PessimisticLockingFailureException) {
				// PostgreSQL aborts the transaction on the failed statement: start
				// afresh.
				connection.rollback();
				return false;
			}
			throw ex;
		}
	}

	/** How often a caller found the lock taken, for tests and the log. */
	int contendedAttempts() {
		return this.contendedAttempts.get();
	}

}
