package org.gazette.system;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets odd request paths reach the application, whose firewall refuses them with the
 * site's own 400 page, instead of Tomcat answering with its bare error report; answers
 * what Tomcat refuses itself with a page in the site's look
 * ({@link SiteErrorReportValve}); and puts the security headers on every response
 * ({@link SecurityHeadersValve}).
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
		return (connector) -> connector.setEncodedSolidusHandling("passthrough");
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersAndErrorPagesOnEveryResponse() {
		return (factory) -> {
			factory.addEngineValves(new SecurityHeadersValve());
			// Runs after Boot's own customizer, which adds a plain error report valve.
			factory.addContextCustomizers((context) -> {
				Host host = (Host) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(SiteErrorReportValve.class.getName());
				}
				host.getPipeline().addValve(new SiteErrorReportValve());
			});
		};
	}

}
