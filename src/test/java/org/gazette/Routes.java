package org.gazette;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application's controllers map, read from Spring MVC itself, so that
 * tests walking them cover a route added tomorrow too.
 */
public final class Routes {

	private Routes() {
	}

	/**
	 * The mapped routes whose pattern starts with a prefix.
	 * @param mappings the application's {@code requestMappingHandlerMapping}
	 * @param prefix e.g. {@code /admin}, or {@code /} for all
	 * @return each method and pattern once, a mapping without a method as GET
	 */
	public static List<Route> of(RequestMappingHandlerMapping mappings, String prefix) {
		Set<Route> routes = new LinkedHashSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith(prefix) && !pattern.equals("/error")) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						routes.add(new Route(method, pattern));
					}
				}
			}
		}
		return List.copyOf(routes);
	}

	/**
	 * One route.
	 *
	 * @param method its HTTP method
	 * @param pattern its path pattern, e.g. {@code /admin/articles/{id}/edit}
	 */
	public record Route(RequestMethod method, String pattern) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
