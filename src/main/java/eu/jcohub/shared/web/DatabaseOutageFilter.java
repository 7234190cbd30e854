package eu.jcohub.shared.web;

import eu.jcohub.shared.db.DatabaseAvailability;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * In front of everything, security included: while the database cannot be reached, every request is answered at
 * once with 503 and {@code Retry-After} (a problem detail for the API, the error page for pages), never a stack
 * trace, a wrong "sign in" or a long wait. It also turns an outage that surfaces anywhere behind it (a filter that
 * reads the account, a page's view) into that answer. Health, static files and the error page stay open, so the
 * health check can say DOWN and the error page has its styles.
 */
final class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final List<String> ALWAYS_OPEN = List.of("/actuator/", "/css/", "/js/", "/img/", "/webjars/",
			"/favicon.ico", "/error");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatabaseAvailability availability;
	private final MessageSource messages;

	DatabaseOutageFilter(DatabaseAvailability availability, MessageSource messages) {
		this.availability = availability;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!availability.reachable() && !alwaysOpen(request)) {
			answer(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException e) {
			if (response.isCommitted() || !availability.report(e)) {
				throw e;
			}
			response.resetBuffer();
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseAvailability.RETRY_AFTER.toSeconds()));
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/")) {
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		var status = HttpStatus.SERVICE_UNAVAILABLE;
		var problem = new LinkedHashMap<String, Object>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage("error.503.api", null, LocaleContextHolder.getLocale()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

	private static boolean alwaysOpen(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
	}
}
