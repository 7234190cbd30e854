package eu.jcohub.accounts.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Attempts per minute on the doors an attacker would hammer: sign-in, HTTP Basic on the API, and issuing
 * tokens. Counted in memory, per instance; the lockout in the database is the guard across instances.
 *
 * @param loginPerMinute form sign-ins from one client address
 * @param loginPerUserPerMinute form sign-ins for one username, from anywhere
 * @param basicPerMinute API calls with HTTP Basic credentials from one client address (each is a password check)
 * @param tokensPerMinute token issuing (API tokens, feed URLs) from one client address
 */
@ConfigurationProperties("jcohub.security.rate-limit")
record RateLimitProperties(@DefaultValue("30") int loginPerMinute, @DefaultValue("10") int loginPerUserPerMinute,
		@DefaultValue("300") int basicPerMinute, @DefaultValue("10") int tokensPerMinute) {
}
