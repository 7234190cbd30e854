package eu.jcohub.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after {@value #FREE_ATTEMPTS} wrong passwords in a row, for a minute that doubles with
 * each further failure (at most a day), so that guessing a password takes years. A correct sign-in resets
 * the count. The sign-in page says the same for a wrong password, an unknown user and a locked account.
 */
@Component
class LoginLockout {

	static final int FREE_ATTEMPTS = 5;
	private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
	private static final Duration LONGEST_LOCK = Duration.ofDays(1);

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginLockout(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		var username = String.valueOf(failure.getAuthentication().getName());
		var failed = jdbc.sql("update users set failed_logins = failed_logins + 1 where username = ? returning failed_logins")
			.param(username)
			.query(Integer.class)
			.optional();
		failed.filter(count -> count >= FREE_ATTEMPTS).ifPresent(count -> jdbc
			.sql("update users set locked_until = ? where username = ?")
			.params(Timestamp.from(Instant.now(clock).plus(lockFor(count))), username)
			.update());
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		jdbc.sql("update users set failed_logins = 0, locked_until = null where username = ? and failed_logins > 0")
			.param(success.getAuthentication().getName())
			.update();
	}

	/** One minute at the fifth failure, doubling with each further one, at most a day. */
	static Duration lockFor(int failures) {
		int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
		var lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
	}
}
