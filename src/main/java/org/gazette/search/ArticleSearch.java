package org.gazette.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.gazette.article.Article;
import org.gazette.article.ArticleCard;
import org.gazette.article.ArticleNotFoundException;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleView;
import org.gazette.article.RelatedArticles;
import org.gazette.article.Tag;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the articles readers may see now, and finds related stories. The visibility
 * rule of {@link org.gazette.article.ArticleReader} is applied to the index too: only
 * published, undeleted articles whose publish time has come.
 */
@Service
@Transactional(readOnly = true)
class ArticleSearch implements RelatedArticles {

	private static final Log logger = LogFactory.getLog(ArticleSearch.class);

	static final int PAGE_SIZE = 10;

	/** Readers do not page through more than this; deeper pages cost the index more. */
	static final int MAX_PAGES = 50;

	private static final String TITLE_HIGHLIGHTER = "title";

	private static final String SNIPPET_HIGHLIGHTER = "snippet";

	private static final String LEAD_HIGHLIGHTER = "lead";

	/** Longer than any title or lead may be. */
	private static final int WHOLE_FIELD = 2_000;

	private final EntityManager entityManager;

	private final Clock clock;

	ArticleSearch(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * One page of the articles that match a query, best match first: a match in the title
	 * counts most, then tags, lead, caption and body.
	 * @param query the checked query
	 * @param page the page number, from 1
	 * @return the results
	 */
	SearchResults search(SearchQuery query, int page) {
		if (query.isEmpty() || !query.isValid()) {
			return SearchResults.none(query);
		}
		if (page > MAX_PAGES) {
			throw new ArticleNotFoundException("search results page " + page);
		}
		Instant now = this.clock.instant();
		SearchResult<SearchHit> result;
		try {
			result = session().search(Article.class)
				.select((f) -> f.composite()
					.from(f.field(ArticleSearchMapping.SLUG, String.class),
							f.highlight(ArticleSearchMapping.TITLE).highlighter(TITLE_HIGHLIGHTER),
							f.highlight(ArticleSearchMapping.LEAD).highlighter(LEAD_HIGHLIGHTER),
							f.highlight(ArticleSearchMapping.BODY).highlighter(SNIPPET_HIGHLIGHTER),
							f.highlight(ArticleSearchMapping.CAPTION).highlighter(SNIPPET_HIGHLIGHTER),
							f.field(ArticleSearchMapping.SECTION_NAME, String.class),
							f.field(ArticleSearchMapping.SECTION_SLUG, String.class),
							f.field(ArticleSearchMapping.PUBLISHED_AT, Instant.class),
							f.field(ArticleSearchMapping.UPDATED_AT, Instant.class))
					.asList(ArticleSearch::hit))
				.where((f) -> f.bool()
					.must(f.simpleQueryString()
						.field(ArticleSearchMapping.TITLE)
						.boost(5f)
						.field(ArticleSearchMapping.TAG_NAMES)
						.boost(3f)
						.field(ArticleSearchMapping.LEAD)
						.boost(2f)
						.field(ArticleSearchMapping.CAPTION)
						.field(ArticleSearchMapping.BODY)
						.matching(query.text())
						.defaultOperator(BooleanOperator.AND)
						.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
								SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE))
					.filter(visibleAt(f, now)))
				// Titles and leads are shown whole; a body or caption shows the sentence
				// that matched best.
				.highlighter(TITLE_HIGHLIGHTER,
						(f) -> f.plain()
							.tag(Highlights.START, Highlights.END)
							.numberOfFragments(1)
							.fragmentSize(WHOLE_FIELD)
							.noMatchSize(WHOLE_FIELD))
				.highlighter(LEAD_HIGHLIGHTER,
						(f) -> f.plain()
							.tag(Highlights.START, Highlights.END)
							.numberOfFragments(1)
							.fragmentSize(WHOLE_FIELD)
							.noMatchSize(WHOLE_FIELD))
				.highlighter(SNIPPET_HIGHLIGHTER,
						(f) -> f.unified().tag(Highlights.START, Highlights.END).numberOfFragments(1).noMatchSize(0))
				.sort((f) -> f.score().then().field(ArticleSearchMapping.PUBLISHED_AT).desc())
				.fetch((page - 1) * PAGE_SIZE, PAGE_SIZE);
		}
		catch (SearchException ex) {
			// A query the index cannot run (say, a prefix matching too many words) is the
			// reader's to rephrase, not a server error.
			logger.info("Search for '" + query.text() + "' could not be run: " + ex.getMessage());
			return SearchResults.none(new SearchQuery(query.text(),
					"This search could not be run. Please use fewer or longer words, without wildcards."));
		}
		long total = result.total().hitCountLowerBound();
		int totalPages = (int) Math.min(MAX_PAGES, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		if (page > totalPages) {
			throw new ArticleNotFoundException("search results page " + page);
		}
		return new SearchResults(query, result.hits(), total, new SearchPages(page, totalPages, query.text()));
	}

	@Override
	public List<ArticleCard> relatedTo(ArticleView article, int limit) {
		if (article.tags().isEmpty() && article.section() == null) {
			return List.of();
		}
		Instant now = this.clock.instant();
		return session().search(Article.class)
			.select((f) -> f.composite()
				.from(f.id(Long.class), f.field(ArticleSearchMapping.SLUG, String.class),
						f.field(ArticleSearchMapping.TITLE, String.class),
						f.field(ArticleSearchMapping.LEAD, String.class),
						f.field(ArticleSearchMapping.SECTION_NAME, String.class),
						f.field(ArticleSearchMapping.SECTION_SLUG, String.class),
						f.field(ArticleSearchMapping.PUBLISHED_AT, Instant.class),
						f.field(ArticleSearchMapping.UPDATED_AT, Instant.class))
				.asList((values) -> new ArticleCard((Long) values.get(0), (String) values.get(1),
						(String) values.get(2), (String) values.get(3), (String) values.get(4), (String) values.get(5),
						null, (Instant) values.get(6), (Instant) values.get(7), null)))
			.where((f) -> {
				var related = f.bool();
				// Each shared tag scores the same, so more shared tags rank higher; the
				// same section counts for less than one tag.
				for (Tag tag : article.tags()) {
					related
						.should(f.match().field(ArticleSearchMapping.TAG_SLUGS).matching(tag.slug()).constantScore());
				}
				if (article.section() != null) {
					related.should(f.match()
						.field(ArticleSearchMapping.SECTION_SLUG)
						.matching(article.section().slug())
						.constantScore()
						.boost(0.5f));
				}
				return related.minimumShouldMatchNumber(1)
					.filter(visibleAt(f, now))
					.mustNot(f.match().field(ArticleSearchMapping.SLUG).matching(article.slug()));
			})
			.sort((f) -> f.score().then().field(ArticleSearchMapping.PUBLISHED_AT).desc())
			.fetchHits(limit);
	}

	static SearchPredicate visibleAt(SearchPredicateFactory f, Instant now) {
		return f.bool()
			.mustNot(f.exists().field(ArticleSearchMapping.DELETED_AT))
			.filter(f.match().field(ArticleSearchMapping.STATUS).matching(ArticleStatus.PUBLISHED))
			.filter(f.range().field(ArticleSearchMapping.PUBLISHED_AT).atMost(now))
			.toPredicate();
	}

	@SuppressWarnings("unchecked")
	private static SearchHit hit(List<?> values) {
		List<String> title = (List<String>) values.get(1);
		List<String> lead = (List<String>) values.get(2);
		List<String> body = (List<String>) values.get(3);
		List<String> caption = (List<String>) values.get(4);
		String snippet;
		if (!lead.isEmpty() && lead.get(0).contains(Highlights.START)) {
			snippet = lead.get(0);
		}
		else if (!body.isEmpty()) {
			snippet = body.get(0);
		}
		else if (!caption.isEmpty()) {
			snippet = caption.get(0);
		}
		else {
			snippet = lead.isEmpty() ? "" : lead.get(0);
		}
		return new SearchHit((String) values.get(0), title.isEmpty() ? List.of() : Highlights.parse(title.get(0)),
				Highlights.parse(snippet), (String) values.get(5), (String) values.get(6), (Instant) values.get(7),
				(Instant) values.get(8));
	}

	private SearchSession session() {
		return Search.session(this.entityManager);
	}

}
