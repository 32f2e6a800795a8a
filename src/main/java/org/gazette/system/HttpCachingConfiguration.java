package org.gazette.system;

import java.time.Clock;

import org.gazette.article.ArticleReader;
import org.gazette.article.SiteVersion;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link HttpCachingFilter} after Spring Security's filters, so that it sees
 * who is signed in and sets {@code Cache-Control} before Security would add its
 * {@code no-store} default.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	/** After Spring Security's filter chain, which Boot registers at -100. */
	static final int ORDER = 0;

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(HttpCacheProperties properties, ArticleReader reader,
			SiteVersion siteVersion, Clock clock) {
		FilterRegistrationBean<HttpCachingFilter> registration = new FilterRegistrationBean<>(
				new HttpCachingFilter(properties, reader, siteVersion, clock));
		registration.setOrder(ORDER);
		return registration;
	}

}
