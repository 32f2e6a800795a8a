package org.gazette.system;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.IpAddressAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may reach the Actuator: health and info are public (load balancers and probes ask
 * them), metrics only from {@link MetricsAccessProperties allowed addresses}, which by
 * default are this machine's. Nothing else under {@code /actuator} answers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class ActuatorSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, MetricsAccessProperties access)
			throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.requestMatchers("/actuator/prometheus")
						.access(fromAddresses(access.allowedAddresses()))
						.anyRequest()
						.denyAll())
			// Read-only endpoints with no session: nothing here for CSRF to protect.
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)));
		return http.build();
	}

	private static AuthorizationManager<RequestAuthorizationContext> fromAddresses(List<String> addresses) {
		List<AuthorizationManager<RequestAuthorizationContext>> managers = addresses.stream()
			.map(String::strip)
			.filter((address) -> !address.isEmpty())
			.<AuthorizationManager<RequestAuthorizationContext>>map(IpAddressAuthorizationManager::hasIpAddress)
			.toList();
		if (managers.isEmpty()) {
			return (authentication, context) -> new AuthorizationDecision(false);
		}
		@SuppressWarnings("unchecked")
		AuthorizationManager<RequestAuthorizationContext>[] any = managers.toArray(AuthorizationManager[]::new);
		return AuthorizationManagers.anyOf(any);
	}

}
