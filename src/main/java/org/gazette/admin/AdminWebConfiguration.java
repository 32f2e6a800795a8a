package org.gazette.admin;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets newsroom handlers ask for the signed-in {@link org.gazette.article.Editor}.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration implements WebMvcConfigurer {

	private final RoleHierarchy roles;

	AdminWebConfiguration(RoleHierarchy roles) {
		this.roles = roles;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new EditorArgumentResolver(this.roles));
	}

}
