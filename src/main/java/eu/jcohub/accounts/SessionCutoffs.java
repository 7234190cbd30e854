package eu.jcohub.accounts;

import eu.jcohub.shared.RecordChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Sign out everywhere": a user's sessions that signed in before the instant stored here are over, on every
 * instance of JCO Hub, because the instant lives in the database.
 */
@Service
public class SessionCutoffs {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	SessionCutoffs(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** The moment a sign-in happens, at the precision the database keeps. */
	public Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** Ends every session the user has signed in so far; returns the cut-off. */
	@Transactional
	public Instant endAllSessions(String username) {
		var cutoff = now();
		jdbc.sql("update users set sessions_valid_after = ? where username = ?")
			.params(Timestamp.from(cutoff), username)
			.update();
		events.publishEvent(RecordChanged.of(AccountAuditVocabulary.USER, username,
				AccountAuditVocabulary.SIGNED_OUT_EVERYWHERE, Map.of("at", cutoff.toString())));
		return cutoff;
	}

	/** Whether a session of the user that signed in at {@code signedInAt} may go on (one indexed read). */
	public boolean stillValid(String username, Instant signedInAt) {
		return jdbc.sql("""
				select coalesce(sessions_valid_after < ?, true) and enabled from users where username = ?""")
			.params(Timestamp.from(signedInAt), username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}
}
