package eu.jcohub.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import eu.jcohub.shared.SlidingWindowLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles sign-in and token issuing before any password is checked: too many attempts answer 429 with
 * {@code Retry-After}, a problem detail on the API and the error page elsewhere. Clients are told apart by
 * their address (the proxy's forwarded address only when {@code jcohub.behind-proxy} is on) and sign-ins also
 * by username, so spreading guesses over many addresses does not help either.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	private static final Duration MINUTE = Duration.ofMinutes(1);
	private static final Set<String> TOKEN_PATHS = Set.of("/api/me/tokens", "/api/me/feed-token",
			"/exchange/feed-token", "/account/tokens");
	private final SlidingWindowLimiter loginByAddress;
	private final SlidingWindowLimiter loginByUser;
	private final SlidingWindowLimiter basicByAddress;
	private final SlidingWindowLimiter tokensByAddress;

	RateLimitFilter(RateLimitProperties limits, Clock clock) {
		this.loginByAddress = new SlidingWindowLimiter(limits.loginPerMinute(), MINUTE, clock);
		this.loginByUser = new SlidingWindowLimiter(limits.loginPerUserPerMinute(), MINUTE, clock);
		this.basicByAddress = new SlidingWindowLimiter(limits.basicPerMinute(), MINUTE, clock);
		this.tokensByAddress = new SlidingWindowLimiter(limits.tokensPerMinute(), MINUTE, clock);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var wait = check(request);
		if (wait.isPresent()) {
			refuse(request, response, wait.get());
			return;
		}
		chain.doFilter(request, response);
	}

	private Optional<Duration> check(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var address = request.getRemoteAddr();
		var post = "POST".equals(request.getMethod());
		if (post && "/login".equals(path)) {
			var username = String.valueOf(request.getParameter("username")).strip().toLowerCase(Locale.ROOT);
			return loginByAddress.attempt(address).or(() -> loginByUser.attempt(username));
		}
		var limited = Optional.<Duration>empty();
		var authorization = request.getHeader("Authorization");
		if (path.startsWith("/api/") && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			limited = basicByAddress.attempt(address);
		}
		if (limited.isEmpty() && post && TOKEN_PATHS.contains(path)) {
			limited = tokensByAddress.attempt(address);
		}
		return limited;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait)
			throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setHeader("Retry-After", String.valueOf(seconds));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many attempts; try again in " + seconds + " seconds.");
		}
		else {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
	}
}
