package org.gazette.admin;

import java.util.Collection;

import org.gazette.account.Role;
import org.gazette.article.Editor;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives newsroom handlers the signed-in {@link Editor}. Whether they may publish follows
 * the role hierarchy, so an admin publishes as an editor does.
 */
class EditorArgumentResolver implements HandlerMethodArgumentResolver {

	private final RoleHierarchy roles;

	EditorArgumentResolver(RoleHierarchy roles) {
		this.roles = roles;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Editor.class.equals(parameter.getParameterType());
	}

	@Override
	public Editor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Collection<? extends GrantedAuthority> reachable = this.roles
			.getReachableGrantedAuthorities(authentication.getAuthorities());
		boolean canPublish = reachable.stream()
			.anyMatch((authority) -> Role.EDITOR.authority().equals(authority.getAuthority()));
		return new Editor(authentication.getName(), canPublish);
	}

}
