package eu.jcohub.access;

import eu.jcohub.audit.RecordChanged;
import java.security.SecureRandom;
import eu.jcohub.shared.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal tokens: API tokens for machine clients of other bodies ({@code Authorization: Bearer}) and
 * calendar feed tokens ({@code ?token=} on the iCalendar feed, which calendar clients cannot send headers for).
 * Only a hash is stored; the token itself is shown once.
 */
@Service
public class ApiTokens {

	public enum Purpose { API, CALENDAR_FEED }

	private static final SecureRandom random = new SecureRandom();
	private final JdbcClient jdbc;
	private final UserAccounts accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UserAccounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Issues a token for the user and returns it; it cannot be read again. */
	@Transactional
	public String issue(String username, Purpose purpose, String name, Duration validity) {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var token = (purpose == Purpose.API ? "jco_" : "feed_") + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into api_tokens (username, purpose, name, token_hash, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(username, purpose.name(), name, hash(token), java.sql.Timestamp.from(Instant.now(clock).plus(validity)))
			.update();
		events.publishEvent(RecordChanged.created("api-token", username + "/" + name, Map.of("purpose", purpose.name())));
		return token;
	}

	/** The account a valid, unexpired, unrevoked token belongs to; records its use. */
	@Transactional
	public Optional<UserDetails> authenticate(String token, Purpose purpose) {
		var username = jdbc.sql("""
				update api_tokens set last_used_at = now()
				where token_hash = ? and purpose = ? and not revoked and expires_at > ?
				returning username""")
			.params(hash(token), purpose.name(), java.sql.Timestamp.from(Instant.now(clock)))
			.query(String.class)
			.optional();
		return username.flatMap(accounts::details).map(UserDetails.class::cast);
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}
}
