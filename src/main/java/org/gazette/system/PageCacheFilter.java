package org.gazette.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gazette.article.SiteVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves readers' pages from memory. Runs ahead of Spring Security and Spring MVC: a page
 * a reader asked for before is written straight from {@link PageCache} with the headers
 * it was first sent with (Spring Security's among them), a fresh {@code Cache-Control},
 * an answer to {@code If-None-Match}, and gzip-compressed bytes kept beside the plain
 * ones. Anything else goes down the filter chain as usual, and a public page it renders
 * is kept; requests for a page that another request is rendering wait for it.
 * <p>
 * Only {@code GET} and {@code HEAD} of readers' routes (articles, the front page,
 * sections, tags, their feeds, sitemaps, search results, the subscribe page and
 * robots.txt) are looked up, and only when the request has no session cookie: an editor
 * who is signed in is always served afresh. A page is kept only when it was a
 * {@code 200}, sent as public ({@link HttpCachingFilter} says {@code private} to anyone
 * signed in) and set no cookie, so nothing private ever enters the cache.
 */
class PageCacheFilter extends OncePerRequestFilter {

	private static final List<String> PREFIXES = List.of("/articles/", "/sections/", "/tags/", "/sitemaps/");

	private static final String SEARCH = "/search";

	private static final Set<String> PATHS = Set.of("/", "/feed.xml", "/sitemap.xml", "/subscribe", "/robots.txt",
			SEARCH);

	/** Listings' page numbers; any other query string is rendered afresh. */
	private static final Pattern PAGE_QUERY = Pattern.compile("page=[1-9][0-9]{0,5}");

	/**
	 * A search and its page number, as the search form sends them. Many readers search
	 * for the same news; a query nobody repeats is soon dropped, and the cache's
	 * admission policy keeps such one-offs from pushing out the pages readers ask for.
	 */
	private static final Pattern SEARCH_QUERY = Pattern.compile("q=[^&]{1,200}(&page=[1-9][0-9]?)?");

	/** Headers of a kept page that are not replayed: they are set anew each time. */
	private static final Set<String> NOT_REPLAYED = Set.of("cache-control", "content-length", "content-type",
			"content-encoding", "content-language", "transfer-encoding", "date", "vary", "connection", "keep-alive",
			"set-cookie");

	/** How long a request waits for the same page another request is rendering. */
	private static final Duration RENDERING_WAIT = Duration.ofSeconds(10);

	/** Tomcat compresses nothing smaller (server.compression.min-response-size). */
	private static final int MIN_GZIP_SIZE = 1024;

	private final PageCache cache;

	private final SiteVersion siteVersion;

	private final HttpCacheProperties httpCache;

	private final Clock clock;

	private final String sessionCookie;

	PageCacheFilter(PageCache cache, SiteVersion siteVersion, HttpCacheProperties httpCache, Clock clock,
			String sessionCookie) {
		this.cache = cache;
		this.siteVersion = siteVersion;
		this.httpCache = httpCache;
		this.clock = clock;
		this.sessionCookie = sessionCookie;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageCache.Generation generation = isReadersRequest(request) ? generation() : null;
		if (generation == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		PageCache.Page page = generation.pages().getIfPresent(key);
		if (page != null) {
			send(page, generation.snapshot(), request, response);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		// Readers who ask for a page that is being rendered wait for it rather than
		// render it again: after a save, every reader asks for pages nobody has yet.
		CompletableFuture<PageCache.Page> mine = new CompletableFuture<>();
		CompletableFuture<PageCache.Page> theirs = generation.rendering().putIfAbsent(key, mine);
		if (theirs != null) {
			PageCache.Page rendered = awaited(theirs);
			if (rendered != null) {
				send(rendered, generation.snapshot(), request, response);
			}
			else {
				render(request, response, chain, generation, key);
			}
			return;
		}
		try {
			mine.complete(render(request, response, chain, generation, key));
		}
		finally {
			mine.complete(null);
			generation.rendering().remove(key, mine);
		}
	}

	/**
	 * Renders a page down the filter chain, and keeps it when it may be kept.
	 * @return the page kept, or {@code null}
	 */
	private PageCache.Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			PageCache.Generation generation, String key) throws ServletException, IOException {
		Capture capture = new Capture(response);
		try {
			chain.doFilter(request, capture);
			PageCache.Page rendered = keepable(request, capture);
			if (rendered != null) {
				generation.pages().put(key, rendered);
			}
			return rendered;
		}
		finally {
			capture.copyBodyToResponse();
		}
	}

	/**
	 * The page another request is rendering, or {@code null} when it will not be kept
	 * (not a public 200), failed, or takes too long: then this request renders it too.
	 */
	private static PageCache.Page awaited(CompletableFuture<PageCache.Page> rendering) {
		try {
			return rendering.get(RENDERING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private PageCache.Generation generation() {
		Optional<SiteVersion.Snapshot> snapshot = this.siteVersion.current();
		return snapshot.isPresent() ? this.cache.generation(snapshot.get()) : null;
	}

	private boolean isReadersRequest(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		String query = request.getQueryString();
		String path = request.getRequestURI();
		if (query != null && !PAGE_QUERY.matcher(query).matches()
				&& !(SEARCH.equals(path) && SEARCH_QUERY.matcher(query).matches())) {
			return false;
		}
		if (!request.getContextPath().isEmpty() || !isReadersPath(path)) {
			return false;
		}
		return request.getHeader(HttpHeaders.AUTHORIZATION) == null && !hasSessionCookie(request);
	}

	private static boolean isReadersPath(String path) {
		if (PATHS.contains(path)) {
			return true;
		}
		for (String prefix : PREFIXES) {
			if (path.startsWith(prefix) && path.length() > prefix.length()) {
				return true;
			}
		}
		return false;
	}

	private boolean hasSessionCookie(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.COOKIE) == null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.sessionCookie.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Scheme, host and port are part of the key: absolute links may be built from them.
	 */
	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(96).append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		String query = request.getQueryString();
		if (query != null) {
			key.append('?').append(query);
		}
		return key.toString();
	}

	private void send(PageCache.Page page, SiteVersion.Snapshot snapshot, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (page.pathPattern() != null) {
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent((context) -> context.setPathPattern(page.pathPattern()));
		}
		response.setContentType(page.contentType());
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		for (String[] header : page.headers()) {
			response.addHeader(header[0], header[1]);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				this.httpCache.publicPage(this.clock.instant(), snapshot.nextPublication()));
		if ((request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null)
				&& new ServletWebRequest(request, response).checkNotModified(page.etag())) {
			return;
		}
		byte[] body = page.body();
		if (page.gzip() != null && acceptsGzip(request)) {
			// Tomcat leaves an encoded response alone, Vary included.
			body = page.gzip();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null || !accepted.contains("gzip")) {
			return false;
		}
		for (String coding : accepted.split(",")) {
			String[] parts = coding.strip().split(";");
			if (parts[0].strip().equalsIgnoreCase("gzip")) {
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].strip().replace(" ", "");
					if (parameter.matches("q=0(\\.0*)?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	/**
	 * The page a response makes, if it may be kept: a public 200 that set no cookie.
	 */
	private PageCache.Page keepable(HttpServletRequest request, Capture response) throws IOException {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (response.getStatus() != HttpServletResponse.SC_OK || cacheControl == null
				|| !cacheControl.startsWith("public") || etag == null || response.getContentType() == null
				|| !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				|| response.getContentSize() > this.cache.maxPageSize()) {
			return null;
		}
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		byte[] body = response.getContentAsByteArray();
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return new PageCache.Page(response.getContentType(), response.locale, List.copyOf(headers), etag, body,
				gzip(body), (pattern != null) ? pattern.toString() : null);
	}

	private static byte[] gzip(byte[] body) throws IOException {
		if (body.length < MIN_GZIP_SIZE) {
			return null;
		}
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(body);
		}
		return (compressed.size() < body.length) ? compressed.toByteArray() : null;
	}

	/** Holds the body back and notes whether the page named a locale. */
	private static final class Capture extends ContentCachingResponseWrapper {

		private Locale locale;

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			this.locale = locale;
			super.setLocale(locale);
		}

	}

}
