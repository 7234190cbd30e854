package eu.jcohub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Style sheets, scripts and images: open to all, and not worth a database query per file for account checks. */
final class StaticResources {

	static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

	private StaticResources() {
	}

	static boolean requested(HttpServletRequest request) {
		var path = path(request);
		return path.equals("/favicon.ico") || PREFIXES.stream().anyMatch(path::startsWith);
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
