package eu.jcohub.accounts.web;

import eu.jcohub.accounts.SecondFactors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an administrator who must have a second factor but has none on the enrolment page: every other page
 * leads there, and the API refuses them, until they have enrolled.
 */
final class EnrolmentGate extends OncePerRequestFilter {

	static final String ENROLMENT = "/account/two-factor";
	private static final List<String> OPEN_PATHS = List.of(ENROLMENT, "/logout", "/error", "/login");
	private final SecondFactors secondFactors;
	private final boolean api;

	EnrolmentGate(SecondFactors secondFactors, boolean api) {
		this.secondFactors = secondFactors;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && !isOpen(request) && secondFactors.enrolmentOutstanding(authentication.getPrincipal())) {
			if (api) {
				ProblemResponses.write(response, HttpStatus.FORBIDDEN,
						"Administrators must enrol a second factor first: sign in on the web and enrol at " + ENROLMENT + ".");
			}
			else {
				response.sendRedirect(request.getContextPath() + ENROLMENT);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return StaticResources.requested(request);
	}

	private boolean isOpen(HttpServletRequest request) {
		return !api && OPEN_PATHS.contains(StaticResources.path(request));
	}
}
