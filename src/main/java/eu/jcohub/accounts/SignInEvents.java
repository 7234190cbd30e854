package eu.jcohub.accounts;

import eu.jcohub.shared.web.SecurityLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Every sign-in of a person (the form, the identity provider) and every failed sign-in (the form, HTTP Basic) in
 * the security log. A successful HTTP Basic call is not a sign-in of its own and is not logged: it would log every
 * API call.
 */
@Component
class SignInEvents {

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent success) {
		SecurityLog.signedIn(success.getAuthentication().getName(),
				success.getAuthentication().getClass().getSimpleName().startsWith("OAuth2") ? "identity provider"
						: "password");
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		SecurityLog.signInFailed(failure.getAuthentication().getName(), "password",
				failure.getException().getClass().getSimpleName());
	}
}
