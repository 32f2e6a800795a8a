package org.gazette.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.gazette.article.ArticleSaved;
import org.gazette.article.ArticleSaved.Origin;
import org.gazette.article.ArticleSaved.Outcome;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The counters features call when an article is saved, a search is run or content files
 * are imported. Every tag combination is registered up front, so a counter reads 0 rather
 * than being absent before its first event and rates and alerts work from the start.
 */
@Component
public class GazetteMetrics {

	static final String ARTICLE_SAVES = "gazette.article.saves";

	static final String SEARCH_QUERIES = "gazette.search.queries";

	static final String CONTENT_IMPORTS = "gazette.content.imports";

	private final Map<Origin, Map<Outcome, Counter>> saves = new EnumMap<>(Origin.class);

	private final Counter searchesWithResults;

	private final Counter searchesWithoutResults;

	private final Map<ImportResult, Counter> imports = new EnumMap<>(ImportResult.class);

	GazetteMetrics(MeterRegistry registry) {
		for (Origin origin : Origin.values()) {
			Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
			for (Outcome outcome : Outcome.values()) {
				byOutcome.put(outcome,
						Counter.builder(ARTICLE_SAVES)
							.description("Article saves, by where they came from and what they did")
							.tag("origin", tagValue(origin))
							.tag("outcome", tagValue(outcome))
							.register(registry));
			}
			this.saves.put(origin, byOutcome);
		}
		this.searchesWithResults = searchCounter(registry, "some");
		this.searchesWithoutResults = searchCounter(registry, "none");
		for (ImportResult result : ImportResult.values()) {
			this.imports.put(result,
					Counter.builder(CONTENT_IMPORTS)
						.description("Content files seen by the start-up import, by what was done with them")
						.tag("result", tagValue(result))
						.register(registry));
		}
	}

	private static Counter searchCounter(MeterRegistry registry, String results) {
		return Counter.builder(SEARCH_QUERIES)
			.description("Search queries readers ran, by whether they found anything")
			.tag("results", results)
			.register(registry);
	}

	/**
	 * Counts a save once its transaction has committed, so a save that rolls back is not
	 * counted.
	 * @param saved what was saved
	 */
	@TransactionalEventListener(fallbackExecution = true, condition = "#saved.outcome.name() != 'REFUSED'")
	public void articleSaved(ArticleSaved saved) {
		count(saved);
	}

	/**
	 * Counts a refused save at once: its transaction rolls back.
	 * @param saved the refusal
	 */
	@EventListener(condition = "#saved.outcome.name() == 'REFUSED'")
	public void articleRefused(ArticleSaved saved) {
		count(saved);
	}

	void count(ArticleSaved saved) {
		this.saves.get(saved.origin()).get(saved.outcome()).increment();
	}

	/**
	 * Counts a search query a reader ran.
	 * @param results how many articles it found
	 */
	public void searchQueried(long results) {
		((results > 0) ? this.searchesWithResults : this.searchesWithoutResults).increment();
	}

	/**
	 * Counts content files an import dealt with.
	 * @param result what was done with them
	 * @param files how many files
	 */
	public void contentImported(ImportResult result, int files) {
		if (files > 0) {
			this.imports.get(result).increment(files);
		}
	}

	private static String tagValue(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** What an import did with a content file. */
	public enum ImportResult {

		/** A new article. */
		CREATED,
		/** The file changed and updated its article. */
		UPDATED,
		/** The file's bytes had not changed: skipped after hashing. */
		UNCHANGED,
		/** The file changed but an editor had changed its article since: theirs stays. */
		KEPT,
		/** A bad file, logged with its reason. */
		SKIPPED

	}

}
