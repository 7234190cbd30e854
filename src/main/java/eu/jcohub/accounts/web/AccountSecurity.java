package eu.jcohub.accounts.web;

import eu.jcohub.accounts.SecondFactorNeeded;
import eu.jcohub.accounts.SecondFactors;
import eu.jcohub.accounts.SessionCutoffs;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/**
 * The account rules both security chains apply once someone is signed in: sessions ended by "sign out
 * everywhere" or past their longest lifetime stop, and administrators without the second factor they must have go to enrol first.
 */
@Component
class AccountSecurity {

	static final String SIGN_IN = "Sign in: HTTP Basic with your account, or a personal API token as Bearer.";
	private final SecondFactors secondFactors;
	private final SessionCutoffs cutoffs;
	private final Duration maxLifetime;
	private final Clock clock;

	AccountSecurity(SecondFactors secondFactors, SessionCutoffs cutoffs,
			@Value("${jcohub.security.session-max-lifetime:12h}") Duration maxLifetime, Clock clock) {
		this.secondFactors = secondFactors;
		this.cutoffs = cutoffs;
		this.maxLifetime = maxLifetime;
		this.clock = clock;
	}

	HttpSecurity apply(HttpSecurity http, boolean api) {
		return http.addFilterBefore(new SessionCutoffFilter(cutoffs, api, maxLifetime, clock), AuthorizationFilter.class)
			.addFilterBefore(new EnrolmentGate(secondFactors, api), AuthorizationFilter.class);
	}

	/** What a failed API sign-in tells the client: how to sign in, or why the password alone is not enough. */
	static String apiSignInDetail(AuthenticationException failure) {
		return failure instanceof SecondFactorNeeded ? failure.getMessage() : SIGN_IN;
	}
}
