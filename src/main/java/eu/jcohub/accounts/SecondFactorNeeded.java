package eu.jcohub.accounts;

import org.springframework.security.core.AuthenticationException;

/**
 * A correct password that is not enough: the account has (or, as an administrator, must have) a second factor,
 * which HTTP Basic cannot carry. Its message tells the client what to do instead.
 */
public class SecondFactorNeeded extends AuthenticationException {

	SecondFactorNeeded(String message) {
		super(message);
	}
}
