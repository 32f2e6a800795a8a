package org.gazette.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gazette.article.ArticleReader;
import org.gazette.article.SiteVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTTP caching for every public GET, whichever controller answers it: a successful
 * response gets a weak content {@code ETag} (unless it set its own validators), a
 * conditional request that matches is answered {@code 304 Not Modified}, and
 * {@code Cache-Control} is short and never reaches past the next scheduled story's
 * publish time. Fingerprinted static assets are immutable for a year; editors' pages are
 * never stored.
 */
class HttpCachingFilter extends OncePerRequestFilter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	static final String NO_STORE = "no-store";

	static final String SIGNED_IN = "private, no-cache";

	/** A name the resource chain's content strategy made: {@code gazette-<md5>.css}. */
	private static final Pattern FINGERPRINTED = Pattern.compile(".*/[^/]+-[0-9a-f]{32}\\.[a-z0-9]{1,5}");

	private final HttpCacheProperties properties;

	private final ArticleReader reader;

	private final SiteVersion siteVersion;

	private final Clock clock;

	HttpCachingFilter(HttpCacheProperties properties, ArticleReader reader, SiteVersion siteVersion, Clock clock) {
		this.properties = properties;
		this.reader = reader;
		this.siteVersion = siteVersion;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean get = "GET".equals(request.getMethod());
		if (!get && !"HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (isEditorsPage(path)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/actuator/") || path.startsWith("/media/")) {
			// Actuator answers are never cached; images carry their own year-long
			// headers.
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		boolean notModified = false;
		try {
			chain.doFilter(request, buffered);
			notModified = applyCaching(request, buffered, path, get);
		}
		finally {
			if (!notModified) {
				buffered.copyBodyToResponse();
			}
		}
	}

	/**
	 * Sets the caching headers of a response still held in the buffer, before Spring
	 * Security sees it committed: with a {@code Cache-Control} of its own, Security adds
	 * none.
	 * @return whether the answer became a 304 with no body
	 */
	private boolean applyCaching(HttpServletRequest request, ContentCachingResponseWrapper response, String path,
			boolean get) {
		int status = response.getStatus();
		boolean success = status >= 200 && status < 300;
		if (!success && status != HttpServletResponse.SC_NOT_MODIFIED) {
			return false;
		}
		boolean fingerprinted = FINGERPRINTED.matcher(path).matches();
		if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(request, fingerprinted));
		}
		if (!success || !get || fingerprinted || response.getHeader(HttpHeaders.CACHE_CONTROL).contains(NO_STORE)) {
			return false;
		}
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (etag == null) {
			// Weak: the same page may travel gzip-compressed or not, and Tomcat
			// compresses
			// no response that has a strong ETag.
			etag = "W/\"" + DigestUtils.md5DigestAsHex(response.getContentAsByteArray()) + "\"";
			response.setHeader(HttpHeaders.ETAG, etag);
		}
		return new ServletWebRequest(request, response).checkNotModified(etag,
				lastModified(response.getHeader(HttpHeaders.LAST_MODIFIED)));
	}

	private String cacheControl(HttpServletRequest request, boolean fingerprinted) {
		if (fingerprinted) {
			return IMMUTABLE;
		}
		if (request.getUserPrincipal() != null) {
			// A signed-in editor may see more than readers do: keep it out of shared
			// caches.
			return SIGNED_IN;
		}
		Instant now = this.clock.instant();
		// The snapshot knows the next publication time without a query of its own.
		Optional<SiteVersion.Snapshot> snapshot = this.siteVersion.current();
		Instant next = snapshot.isPresent() ? snapshot.get().nextPublication()
				: this.reader.nextScheduledPublication().orElse(null);
		return this.properties.publicPage(now, next);
	}

	private static boolean isEditorsPage(String path) {
		return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/login") || path.equals("/logout");
	}

	private static long lastModified(String header) {
		if (header == null) {
			return -1;
		}
		try {
			return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
		}
		catch (DateTimeParseException ex) {
			return -1;
		}
	}

}
