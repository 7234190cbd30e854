package eu.jcohub.access.web;

import eu.jcohub.access.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machine clients by a personal API token ({@code Authorization: Bearer …}) and calendar
 * clients by a feed token ({@code ?token=…}, on the iCalendar feed only). A wrong token is a 401, never a
 * fall-through to another login.
 */
final class TokenAuthenticationFilter extends OncePerRequestFilter {

	static final String FEED_PATH = "/api/calendar.ics";
	private final ApiTokens tokens;

	TokenAuthenticationFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			if (!authenticate(header.substring(7).trim(), ApiTokens.Purpose.API, request)) {
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "The API token is unknown, expired or revoked.");
				return;
			}
		}
		else if (FEED_PATH.equals(request.getRequestURI()) && request.getParameter("token") != null) {
			if (!authenticate(request.getParameter("token"), ApiTokens.Purpose.CALENDAR_FEED, request)) {
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "The feed token is unknown, expired or revoked.");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private boolean authenticate(String token, ApiTokens.Purpose purpose, HttpServletRequest request) {
		var found = tokens.authenticate(token, purpose);
		if (found.isEmpty()) {
			return false;
		}
		var details = found.get();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		return true;
	}
}
