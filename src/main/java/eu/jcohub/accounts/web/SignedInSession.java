package eu.jcohub.accounts.web;

import eu.jcohub.accounts.SessionCutoffs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Notes in the session who signed in interactively (form, or any other sign-in page) and when, so that
 * "sign out everywhere" can end the sessions that signed in before it.
 */
@Component
class SignedInSession {

	private static final String ATTRIBUTE = SignedInSession.class.getName();
	private final SessionCutoffs cutoffs;

	SignedInSession(SessionCutoffs cutoffs) {
		this.cutoffs = cutoffs;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent success) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().getSession().setAttribute(ATTRIBUTE,
					new SignIn(success.getAuthentication().getName(), cutoffs.now()));
		}
	}

	/**
	 * Keeps this session when all the others of its user were just ended at {@code cutoff} (after a password
	 * change): it counts as signed in just after the cut-off, under a new session id.
	 */
	static void keepAfter(HttpServletRequest request, String username, Instant cutoff) {
		request.changeSessionId();
		request.getSession().setAttribute(ATTRIBUTE, new SignIn(username, cutoff.plus(1, java.time.temporal.ChronoUnit.MICROS)));
	}

	static Optional<SignIn> of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(ATTRIBUTE) instanceof SignIn signIn ? Optional.of(signIn)
				: Optional.empty();
	}

	record SignIn(String username, Instant at) implements Serializable {
	}
}
