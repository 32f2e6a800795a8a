package org.gazette.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets odd request paths reach the application, whose firewall refuses them with the
 * site's own 400 page, instead of Tomcat answering with its bare error report; and puts
 * the security headers on every response ({@link SecurityHeadersValve}).
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
		return (connector) -> connector.setEncodedSolidusHandling("passthrough");
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersOnEveryResponse() {
		return (factory) -> factory.addEngineValves(new SecurityHeadersValve());
	}

}
