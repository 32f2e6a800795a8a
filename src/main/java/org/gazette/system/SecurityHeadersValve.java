package org.gazette.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Puts the security headers on every response Tomcat sends, before the application sees
 * the request: pages, errors of every status, static assets, photos, feeds and the
 * Actuator, and also the answers Tomcat gives by itself to requests it refuses (an
 * invalid URI, a forbidden method), which no servlet filter ever sees. Spring Security
 * finds them set and adds no second copy.
 */
class SecurityHeadersValve extends ValveBase {

	/**
	 * Scripts, styles and fonts from this site only, with no inline script; images from
	 * this site or any HTTPS source (photos in articles may be hot-linked); no plug-ins,
	 * no {@code <base>} elsewhere, forms post only here, and no page may be framed.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
			+ " form-action 'self'; frame-ancestors 'none'";

	static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	SecurityHeadersValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		getNext().invoke(request, response);
	}

}
