package eu.jcohub.accounts.web;

import eu.jcohub.accounts.SessionCutoffs;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose user signed out everywhere after it signed in (or was disabled), and any session
 * signed in longer ago than the longest a session may last, however busy it was: pages go to the sign-in page,
 * API calls on the session get a 401. Calls that bring their own credentials (Basic, Bearer) are not sessions.
 */
final class SessionCutoffFilter extends OncePerRequestFilter {

	private final SessionCutoffs cutoffs;
	private final boolean api;
	private final Duration maxLifetime;
	private final Clock clock;
	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	SessionCutoffFilter(SessionCutoffs cutoffs, boolean api, Duration maxLifetime, Clock clock) {
		this.cutoffs = cutoffs;
		this.api = api;
		this.maxLifetime = maxLifetime;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return StaticResources.requested(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var signIn = SignedInSession.of(request);
		if (authentication != null && signIn.isPresent() && request.getHeader("Authorization") == null
				&& signIn.get().username().equals(authentication.getName())
				&& (signIn.get().at().plus(maxLifetime).isBefore(clock.instant())
						|| !cutoffs.stillValid(signIn.get().username(), signIn.get().at()))) {
			logout.logout(request, response, authentication);
			if (api) {
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Your session has ended: sign in again.");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
