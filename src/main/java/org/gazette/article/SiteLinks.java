package org.gazette.article;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to the site's pages, from {@link SiteProperties#url()} when it is set
 * and from the current request otherwise. Templates reach it as {@code @siteLinks}.
 */
@Component("siteLinks")
public class SiteLinks {

	private final SiteProperties properties;

	SiteLinks(SiteProperties properties) {
		this.properties = properties;
	}

	/**
	 * The site's base URL, without a trailing slash.
	 * @return e.g. {@code https://news.example.com}
	 */
	public String base() {
		if (this.properties.url() != null) {
			return this.properties.url();
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		}
		return "http://localhost";
	}

	/**
	 * The absolute URL of a path on this site.
	 * @param path a path starting with {@code /}
	 * @return the absolute URL
	 */
	public String absolute(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

}
