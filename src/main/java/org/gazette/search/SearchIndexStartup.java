package org.gazette.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.gazette.article.Article;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search index at start-up when it does not match the database: when it is
 * new or was deleted, or when the database changed while this instance was not running (a
 * restored backup, another instance's saves). The check compares how many articles there
 * are and the sums of their ids and versions, so it costs one aggregate query each side.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexStartup implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SearchIndexStartup.class);

	private static final AggregationKey<Long> ID_SUM = AggregationKey.of("idSum");

	private static final AggregationKey<Long> VERSION_SUM = AggregationKey.of("versionSum");

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	SearchIndexStartup(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			TransactionTemplate transaction) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		IndexState database = this.transaction.execute((status) -> databaseState());
		IndexState index = this.transaction.execute((status) -> indexState());
		if (database.equals(index)) {
			logger.info("Search index holds all " + index.count() + " articles");
			return;
		}
		long started = System.nanoTime();
		logger.info("Search index (" + index + ") does not match the database (" + database + "): rebuilding it");
		searchMapping().scope(Article.class)
			.massIndexer()
			.threadsToLoadObjects(1)
			.batchSizeToLoadObjects(100)
			.purgeAllOnStart(true)
			// One segment answers searches faster than the several a bulk load leaves;
			// see ArticleIndex#indexChangedSince.
			.mergeSegmentsOnFinish(true)
			.startAndWait();
		logger.info("Search index rebuilt with " + database.count() + " articles in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	IndexState databaseState() {
		Object[] row = (Object[]) this.entityManager
			.createQuery("select count(a), coalesce(sum(a.id), 0), coalesce(sum(a.version), 0) from Article a")
			.getSingleResult();
		return new IndexState(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
				((Number) row[2]).longValue());
	}

	IndexState indexState() {
		SearchResult<Article> result = Search.session(this.entityManager)
			.search(Article.class)
			.where((f) -> f.matchAll())
			.aggregation(ID_SUM, (f) -> f.sum().field(ArticleSearchMapping.ID, Long.class))
			.aggregation(VERSION_SUM, (f) -> f.sum().field(ArticleSearchMapping.VERSION, Long.class))
			.fetch(0);
		Long ids = result.aggregation(ID_SUM);
		Long versions = result.aggregation(VERSION_SUM);
		return new IndexState(result.total().hitCount(), (ids != null) ? ids : 0, (versions != null) ? versions : 0);
	}

	private SearchMapping searchMapping() {
		return Search.mapping(this.entityManagerFactory);
	}

	/**
	 * What the index or the database holds, in brief.
	 *
	 * @param count how many articles
	 * @param idSum the sum of their ids
	 * @param versionSum the sum of their versions
	 */
	record IndexState(long count, long idSum, long versionSum) {

		@Override
		public String toString() {
			return this.count + " articles";
		}

	}

}
