package org.gazette.system;

import java.time.Clock;

import org.gazette.article.SiteVersion;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Registers {@link PageCacheFilter} first in line after the filters that set the request
 * encoding and time every request for metrics, so a kept page costs neither Spring
 * Session, Spring Security nor Spring MVC anything.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/** After CharacterEncodingFilter and ServerHttpObservationFilter, before the rest. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/**
	 * Spring Session's cookie, unless {@code server.servlet.session.cookie.name} says.
	 */
	private static final String SESSION_COOKIE = "SESSION";

	@Bean
	PageCache pageCache(PageCacheProperties properties) {
		return new PageCache(properties.maxSize().toBytes(), (int) properties.maxPageSize().toBytes());
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> pageCacheReady(PageCache cache) {
		return (event) -> cache.ready();
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageCacheProperties properties,
			SiteVersion siteVersion, HttpCacheProperties httpCache, Clock clock, Environment environment) {
		PageCacheFilter filter = new PageCacheFilter(cache, siteVersion, httpCache, clock,
				environment.getProperty("server.servlet.session.cookie.name", SESSION_COOKIE));
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(ORDER);
		registration.setEnabled(properties.enabled());
		return registration;
	}

}
