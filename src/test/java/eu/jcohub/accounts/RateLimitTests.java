package eu.jcohub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rate limit filter sits in front of the running application. The tests raise only the per-address limits
 * (they all call from one address); the per-username sign-in limit stays small, and this burst uses a username
 * of its own. The limits themselves are tested in RateLimitFilterTests.
 */
@IntegrationTest
class RateLimitTests {

	@LocalServerPort
	int port;

	@Value("${jcohub.security.rate-limit.login-per-user-per-minute}")
	int perUser;

	@Test
	void aBurstOfSignInsForOneUsernameIsTurnedAwayWithRetryAfter() {
		var session = new FormSession(port);
		for (int i = 0; i < perUser; i++) {
			var attempt = session.signIn("t.ratelimit.burst", "guess-" + i);
			assertThat(attempt.statusCode()).isEqualTo(302);
			assertThat(attempt.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		}
		var refused = session.signIn("t.ratelimit.burst", "guess-again");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After").map(Integer::valueOf).orElse(0)).isBetween(1, 60);
		assertThat(refused.body()).contains("Too many attempts in a short time.");

		assertThat(session.signIn("t.ratelimit.someone-else", "guess").statusCode()).as("other usernames go on")
			.isEqualTo(302);
	}
}
