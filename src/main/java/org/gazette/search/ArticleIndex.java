package org.gazette.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import org.gazette.article.Article;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newest visible articles and their number, read from the search index: it keeps
 * publish times sorted per section and tag, so the newest 50 of 100,000 cost milliseconds
 * whatever the database's planner would do with a join and a sort.
 */
@Service
@Transactional(readOnly = true)
public class ArticleIndex {

	private static final AggregationKey<Long> MAX_ID = AggregationKey.of("maxId");

	private static final AggregationKey<Map<Range<Long>, Long>> ID_RANGES = AggregationKey.of("idRanges");

	private final EntityManager entityManager;

	private final Clock clock;

	ArticleIndex(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Ids of the newest articles readers may see now, newest first.
	 * @param sectionSlug only this section, or {@code null} for any
	 * @param tagSlug only this tag, or {@code null} for any
	 * @param limit how many at most
	 * @return the ids
	 */
	public List<Long> newest(String sectionSlug, String tagSlug, int limit) {
		Instant now = this.clock.instant();
		return Search.session(this.entityManager)
			.search(Article.class)
			.select((f) -> f.id(Long.class))
			.where((f, root) -> {
				root.add(ArticleSearch.visibleAt(f, now));
				if (sectionSlug != null) {
					root.add(f.match().field(ArticleSearchMapping.SECTION_SLUG).matching(sectionSlug));
				}
				if (tagSlug != null) {
					root.add(f.match().field(ArticleSearchMapping.TAG_SLUGS).matching(tagSlug));
				}
			})
			.sort((f) -> f.field(ArticleSearchMapping.PUBLISHED_AT).desc().then().field(ArticleSearchMapping.ID).desc())
			.fetchHits(limit);
	}

	/**
	 * How many visible articles each range of ids holds, for a sitemap index: ranges
	 * start at multiples of the width, and empty ones are left out.
	 * @param width how many ids a range spans
	 * @return range number (id divided by width) to article count, in id order
	 */
	public SortedMap<Long, Long> idRangeCounts(long width) {
		Instant now = this.clock.instant();
		SearchSession session = Search.session(this.entityManager);
		SearchResult<Long> newest = session.search(Article.class)
			.select((f) -> f.id(Long.class))
			.where((f, root) -> root.add(ArticleSearch.visibleAt(f, now)))
			.aggregation(MAX_ID, (f) -> f.max().field(ArticleSearchMapping.ID, Long.class))
			.fetch(0);
		Long maxId = newest.aggregation(MAX_ID);
		SortedMap<Long, Long> counts = new TreeMap<>();
		if (maxId == null) {
			return counts;
		}
		List<Range<Long>> ranges = new ArrayList<>();
		for (long number = 0; number <= maxId / width; number++) {
			ranges.add(Range.canonical(number * width, (number + 1) * width));
		}
		Map<Range<Long>, Long> perRange = session.search(Article.class)
			.select((f) -> f.id(Long.class))
			.where((f, root) -> root.add(ArticleSearch.visibleAt(f, now)))
			.aggregation(ID_RANGES, (f) -> f.range().field(ArticleSearchMapping.ID, Long.class).ranges(ranges))
			.fetch(0)
			.aggregation(ID_RANGES);
		perRange.forEach((range, count) -> {
			if (count > 0) {
				counts.put(range.lowerBoundValue().orElseThrow() / width, count);
			}
		});
		return counts;
	}

	/**
	 * Leaves the articles the current transaction saves out of the index: a large import
	 * indexes them all at once afterwards, with {@link #indexChangedSince(Instant)}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void skipIndexingInCurrentTransaction() {
		Search.session(this.entityManager).indexingPlanFilter((filter) -> filter.exclude(Article.class));
	}

	/**
	 * Indexes every article changed since a time, on every core, merges the index into
	 * one segment, and waits until searches see them. A bulk load leaves several
	 * segments, and every search looks up each of its words in each (with 100,000
	 * articles, one segment instead of eight made new searches about a quarter cheaper,
	 * for some 5–8 s of merging). The merge is not left to run in the background: an
	 * instance stopped soon after its import would abandon it, and saves would wait
	 * behind it.
	 * @param since the earliest change to index
	 * @throws InterruptedException when interrupted while waiting
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void indexChangedSince(Instant since) throws InterruptedException {
		MassIndexer indexer = Search.mapping(this.entityManager.getEntityManagerFactory())
			.scope(Article.class)
			.massIndexer()
			.purgeAllOnStart(false)
			.mergeSegmentsOnFinish(true)
			.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
			.batchSizeToLoadObjects(50);
		indexer.type(Article.class).reindexOnly("e.modifiedAt >= :since").param("since", since);
		indexer.startAndWait();
	}

	/**
	 * How many articles readers may see now.
	 * @return the count
	 */
	public long visibleCount() {
		Instant now = this.clock.instant();
		return Search.session(this.entityManager)
			.search(Article.class)
			.where((f, root) -> root.add(ArticleSearch.visibleAt(f, now)))
			.fetchTotalHitCount();
	}

}
