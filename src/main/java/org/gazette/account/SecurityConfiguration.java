package org.gazette.account;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Readers' pages are public; the admin needs a signed-in editor, and account management
 * and backups an admin. (Without a web server, as when the jar runs a backup command,
 * there is nothing to secure.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<AuthenticationManager> accounts)
			throws Exception {
		// Absent only in web slice tests, which bring their own users.
		accounts.ifAvailable(http::authenticationManager);
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/accounts/**", "/admin/backup/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasRole(Role.CONTRIBUTOR.name())
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/admin").failureHandler(failures))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// Security's own headers stay on; the Content-Security-Policy and
			// Referrer-Policy are set on every response, errors included, by a Tomcat
			// valve in the system module.
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		return http.build();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name())
			.role(Role.EDITOR.name())
			.implies(Role.CONTRIBUTOR.name())
			.build();
	}

}
