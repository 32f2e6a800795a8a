package org.gazette.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.gazette.article.ArticleSaved;
import org.gazette.article.ArticleSaved.Origin;
import org.gazette.article.ArticleSaved.Outcome;
import org.gazette.metrics.GazetteMetrics.ImportResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteMetricsTests {

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final GazetteMetrics metrics = new GazetteMetrics(this.registry);

	@Test
	void everyCounterReadsZeroBeforeItsFirstEvent() {
		assertThat(this.registry.find(GazetteMetrics.ARTICLE_SAVES).counters()).hasSize(6)
			.allSatisfy((counter) -> assertThat(counter.count()).isZero());
		assertThat(this.registry.find(GazetteMetrics.SEARCH_QUERIES).counters()).hasSize(2);
		assertThat(this.registry.find(GazetteMetrics.CONTENT_IMPORTS).counters()).hasSize(5);
	}

	@Test
	void savesAreCountedByOriginAndOutcome() {
		this.metrics.articleSaved(new ArticleSaved(1L, Origin.EDITOR, Outcome.UPDATED));
		this.metrics.articleSaved(new ArticleSaved(null, Origin.EDITOR, Outcome.REFUSED));
		this.metrics.articleSaved(new ArticleSaved(2L, Origin.IMPORT, Outcome.CREATED));
		assertThat(saves("editor", "updated")).isEqualTo(1);
		assertThat(saves("editor", "refused")).isEqualTo(1);
		assertThat(saves("import", "created")).isEqualTo(1);
		assertThat(saves("import", "updated")).isZero();
	}

	@Test
	void searchesAreCountedByWhetherTheyFoundAnything() {
		this.metrics.searchQueried(3);
		this.metrics.searchQueried(0);
		this.metrics.searchQueried(0);
		assertThat(this.registry.get(GazetteMetrics.SEARCH_QUERIES).tag("results", "some").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get(GazetteMetrics.SEARCH_QUERIES).tag("results", "none").counter().count())
			.isEqualTo(2);
	}

	@Test
	void importsCountFilesByResult() {
		this.metrics.contentImported(ImportResult.UNCHANGED, 12);
		this.metrics.contentImported(ImportResult.SKIPPED, 1);
		assertThat(this.registry.get(GazetteMetrics.CONTENT_IMPORTS).tag("result", "unchanged").counter().count())
			.isEqualTo(12);
		assertThat(this.registry.get(GazetteMetrics.CONTENT_IMPORTS).tag("result", "skipped").counter().count())
			.isEqualTo(1);
	}

	private double saves(String origin, String outcome) {
		return this.registry.get(GazetteMetrics.ARTICLE_SAVES)
			.tag("origin", origin)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

}
