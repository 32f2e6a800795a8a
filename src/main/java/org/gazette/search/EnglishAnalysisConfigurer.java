package org.gazette.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzer text is indexed and searched with: words are folded to lower-case ASCII
 * and stemmed for English, so "withdrawal" finds "withdraw" and "Dushanbé" finds
 * "Dushanbe". Hibernate Search's Lucene backend has no predefined English analyzer.
 */
public class EnglishAnalysisConfigurer implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "english";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("porterStem");
	}

}
