package org.gazette.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers may see, at the time of the request: articles, listings and sections.
 */
@Service
@Transactional(readOnly = true)
public class ArticleReader {

	/** Articles on one page of a listing. */
	public static final int PAGE_SIZE = 20;

	/**
	 * Width of the id ranges a sitemap index splits articles into: ids are unique, so one
	 * range never lists more URLs than this, a twenty-fifth of what the protocol allows.
	 */
	public static final long SITEMAP_CHUNK_IDS = 2_000;

	/** Rows a sitemap query reads at least, drafts and deleted articles among them. */
	private static final int SITEMAP_ROWS_PER_QUERY = 100;

	private final ArticleRepository articles;

	private final ArticleAliasRepository aliases;

	private final Clock clock;

	ArticleReader(ArticleRepository articles, ArticleAliasRepository aliases, Clock clock) {
		this.articles = articles;
		this.aliases = aliases;
		this.clock = clock;
	}

	/**
	 * The article with a slug, if readers may see it now.
	 * @param slug the article's slug
	 * @return the article's page
	 * @throws ArticleNotFoundException when there is none
	 * @throws ArticleGoneException when it was deleted
	 */
	public ArticleView article(String slug) {
		Instant now = this.clock.instant();
		Optional<Article> visible = this.articles.findVisibleBySlug(slug, now);
		if (visible.isPresent()) {
			return ArticleView.of(visible.get());
		}
		// Only a miss pays for these: a deleted article is gone, an old slug has moved.
		if (this.articles.existsBySlugAndDeletedAtIsNotNull(slug)) {
			throw new ArticleGoneException(slug);
		}
		if (!this.articles.existsBySlug(slug)) {
			Optional<AliasTarget> target = this.aliases.findTarget(slug);
			if (target.isPresent() && target.get().deletedAt() != null) {
				throw new ArticleGoneException(slug);
			}
			if (target.isPresent() && target.get().isVisibleAt(now)) {
				throw new ArticleMovedException(target.get().slug());
			}
		}
		throw new ArticleNotFoundException("article " + slug);
	}

	/**
	 * One page of the front page.
	 * @param page the page number, from 1
	 * @return the listing
	 */
	public Listing frontPage(int page) {
		return listing("Latest news", "/", page, (pageable) -> this.articles.findVisibleCards(now(), pageable));
	}

	/**
	 * One page of a section.
	 * @param sectionSlug the section's URL form
	 * @param page the page number, from 1
	 * @return the listing
	 */
	public Listing section(String sectionSlug, int page) {
		String name = this.articles.findVisibleSectionName(sectionSlug, now())
			.orElseThrow(() -> new ArticleNotFoundException("section " + sectionSlug));
		return listing(name, "/sections/" + sectionSlug, page,
				(pageable) -> this.articles.findVisibleCardsInSection(sectionSlug, now(), pageable));
	}

	/**
	 * One page of a tag.
	 * @param tagSlug the tag's URL form
	 * @param page the page number, from 1
	 * @return the listing
	 */
	public Listing tag(String tagSlug, int page) {
		String name = this.articles.findVisibleTagName(tagSlug, now())
			.orElseThrow(() -> new ArticleNotFoundException("tag " + tagSlug));
		return listing(name, "/tags/" + tagSlug, page,
				(pageable) -> this.articles.findVisibleCardsTagged(tagSlug, now(), pageable));
	}

	/**
	 * Sections with at least one visible article, by name.
	 * @return the sections for navigation
	 */
	public List<SectionLink> sections() {
		return this.articles.findVisibleSections(now());
	}

	/**
	 * Articles by id, in the order given, if readers may see them now: for feeds, whose
	 * order comes from the search index.
	 * @param ids the articles' ids
	 * @return the articles, whole
	 */
	public List<ArticleView> articles(List<Long> ids) {
		Map<Long, Article> byId = new HashMap<>();
		Instant now = now();
		for (Article article : this.articles.findAllById(ids)) {
			if (article.isVisibleAt(now)) {
				byId.put(article.getId(), article);
			}
		}
		return ids.stream().map(byId::get).filter(Objects::nonNull).map(ArticleView::of).toList();
	}

	/**
	 * Visible articles in ascending id order, for sitemaps: a page starts after the last
	 * id of the one before, so no page costs an offset walk.
	 * @param afterId only ids above this one
	 * @param beforeId only ids below this one
	 * @param limit how many at most
	 * @return the entries
	 */
	public List<SitemapEntry> sitemapEntries(long afterId, long beforeId, int limit) {
		Instant now = now();
		int rowsPerQuery = Math.max(limit, SITEMAP_ROWS_PER_QUERY);
		List<SitemapEntry> entries = new ArrayList<>();
		long after = afterId;
		List<SitemapRow> rows;
		do {
			rows = this.articles.findSitemapRows(after, beforeId, Limit.of(rowsPerQuery));
			for (SitemapRow row : rows) {
				if (entries.size() == limit) {
					return entries;
				}
				if (row.isVisibleAt(now)) {
					entries.add(row.entry());
				}
				after = row.id();
			}
		}
		while (rows.size() == rowsPerQuery && entries.size() < limit);
		return entries;
	}

	/**
	 * Articles published within a recent window, newest first, for a news sitemap.
	 * @param window how far back
	 * @param limit how many at most
	 * @return the entries
	 */
	public List<NewsEntry> news(Duration window, int limit) {
		Instant now = now();
		return this.articles.findNewsSince(now.minus(window), now, Limit.of(limit));
	}

	/**
	 * When the next scheduled article becomes visible, so that caches can be told not to
	 * keep a page past that moment.
	 * @return the earliest publish time still to come, if any
	 */
	public Optional<Instant> nextScheduledPublication() {
		return this.articles.findNextPublicationAfter(now());
	}

	private Listing listing(String heading, String path, int page, Function<Pageable, Page<ArticleCard>> query) {
		if (page < 1) {
			throw new InvalidPageNumberException(page);
		}
		if ((long) (page - 1) * PAGE_SIZE > Integer.MAX_VALUE) {
			throw new ArticleNotFoundException("page " + page + " of " + path);
		}
		Page<ArticleCard> cards = query.apply(PageRequest.of(page - 1, PAGE_SIZE));
		int totalPages = Math.max(1, cards.getTotalPages());
		if (page > totalPages) {
			throw new ArticleNotFoundException("page " + page + " of " + path);
		}
		return new Listing(heading, cards.getContent(), new Pagination(page, totalPages, path));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
