package eu.jcohub.accounts;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The details of a sign-in made with a personal token rather than by the person (a password, a second factor, the
 * organisation's identity provider). Some things only the person may do: a token cannot issue tokens, or a
 * leaked one could renew itself for ever.
 *
 * @param purpose the kind of token that signed the request in
 */
public record SignedInWithToken(ApiTokens.Purpose purpose) {

	/** Whether the request being served was signed in with a token. */
	public static boolean current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getDetails() instanceof SignedInWithToken;
	}
}
