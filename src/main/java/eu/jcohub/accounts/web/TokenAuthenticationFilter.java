package eu.jcohub.accounts.web;

import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.accounts.SignedInWithToken;
import eu.jcohub.accounts.TokenHolder;
import eu.jcohub.shared.web.SecurityLog;
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
 * fall-through to another login. The one place that enforces a token's scopes: a read-only token asking to
 * change something is refused here.
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
			var holder = tokens.authenticate(header.substring(7).trim(), ApiTokens.Purpose.API);
			if (holder.isEmpty()) {
				SecurityLog.signInFailed(null, "API token", "unknown, expired or revoked");
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "The API token is unknown, expired or revoked.");
				return;
			}
			if (!holder.get().mayWrite() && !isReadOnly(request.getMethod())) {
				ProblemResponses.write(response, HttpStatus.FORBIDDEN, "This token may only read.");
				return;
			}
			signIn(holder.get(), ApiTokens.Purpose.API);
		}
		else if (FEED_PATH.equals(request.getRequestURI()) && request.getParameter("token") != null) {
			var holder = tokens.authenticate(request.getParameter("token"), ApiTokens.Purpose.CALENDAR_FEED);
			if (holder.isEmpty()) {
				SecurityLog.signInFailed(null, "feed token", "unknown, expired or revoked");
				ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "The feed token is unknown, expired or revoked.");
				return;
			}
			signIn(holder.get(), ApiTokens.Purpose.CALENDAR_FEED);
		}
		chain.doFilter(request, response);
	}

	/** What a read-only token may send: looking, never changing (unlike CSRF's wider notion of safe methods). */
	private static boolean isReadOnly(String method) {
		return "GET".equals(method) || "HEAD".equals(method);
	}

	/** Signs the request in as the token's account, marked as a token's sign-in (see {@link SignedInWithToken}). */
	private static void signIn(TokenHolder holder, ApiTokens.Purpose purpose) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.account(), null,
				holder.account().getAuthorities());
		authentication.setDetails(new SignedInWithToken(purpose));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
	}
}
