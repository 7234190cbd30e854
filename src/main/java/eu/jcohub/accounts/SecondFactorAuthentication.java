package eu.jcohub.accounts;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with the second factor. On the sign-in form an account with an authenticator needs its
 * current code too; a missing or wrong code fails exactly like a wrong password (and counts towards the
 * lockout). HTTP Basic cannot carry a code, so accounts with a second factor, and administrators who must have
 * one, cannot use it.
 */
@Component
class SecondFactorAuthentication extends DaoAuthenticationProvider {

	static final String USE_A_TOKEN = "This account signs in with a second factor, which HTTP Basic cannot carry: "
			+ "use a personal API token (Authorization: Bearer).";
	static final String ENROL_FIRST = "Administrators must enrol a second factor before using the API: sign in on "
			+ "the web, enrol at /account/two-factor, then use a personal API token (Authorization: Bearer).";
	private final SecondFactors secondFactors;
	private final SecondFactorPolicy policy;

	SecondFactorAuthentication(UserAccounts accounts, PasswordEncoder passwords, SecondFactors secondFactors,
			SecondFactorPolicy policy) {
		super(accounts);
		setPasswordEncoder(passwords);
		this.secondFactors = secondFactors;
		this.policy = policy;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
		super.additionalAuthenticationChecks(user, authentication);
		var account = (HubUserDetails) user;
		if (authentication.getDetails() instanceof SignInDetails form) {
			if (account.secondFactor() && !secondFactors.verify(account.username(), form.code())) {
				throw new BadCredentialsException(
						messages.getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
			}
		}
		else if (account.secondFactor()) {
			throw new SecondFactorNeeded(USE_A_TOKEN);
		}
		else if (policy.requiredFor(account.user())) {
			throw new SecondFactorNeeded(ENROL_FIRST);
		}
	}
}
