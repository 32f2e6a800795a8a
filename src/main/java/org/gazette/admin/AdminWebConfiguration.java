package org.gazette.admin;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.NullRoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets newsroom handlers ask for the signed-in {@link org.gazette.article.Editor}.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration implements WebMvcConfigurer {

	private final RoleHierarchy roles;

	// Web slice tests of other features may run without the security configuration.
	AdminWebConfiguration(ObjectProvider<RoleHierarchy> roles) {
		this.roles = roles.getIfAvailable(NullRoleHierarchy::new);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new EditorArgumentResolver(this.roles));
	}

}
