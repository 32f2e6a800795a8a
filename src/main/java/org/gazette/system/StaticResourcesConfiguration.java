package org.gazette.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets and scripts, served under content-hashed names
 * ({@code /css/gazette-<md5>.css}) that templates get from {@code @{/css/...}}. Only
 * {@code /css/**} and {@code /js/**} are static: with Spring Boot's default {@code /**},
 * every link on every page ({@code /articles/...}, {@code /tags/...}) was first looked up
 * as a file in the jar, which cost a search page more than the search. Their lifetimes
 * come from {@link HttpCachingFilter}: a year for a fingerprinted name, a page's for the
 * plain one.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

}
