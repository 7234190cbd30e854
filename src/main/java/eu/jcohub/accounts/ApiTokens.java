package eu.jcohub.accounts;

import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.Sha256;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal tokens: API tokens for machine clients of other bodies ({@code Authorization: Bearer}) and
 * calendar feed tokens ({@code ?token=} on the iCalendar feed, which calendar clients cannot send headers for).
 * Only a hash is stored; the token itself is shown once. Issuing and revoking are audited, never the token.
 */
@Service
public class ApiTokens {

	public enum Purpose { API, CALENDAR_FEED }

	private static final SecureRandom random = new SecureRandom();
	private static final String COLUMNS = "id, name, purpose, scopes, created_at, expires_at, last_used_at, revoked";
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

	/**
	 * Issues a token for the user and returns it; it cannot be read again. API tokens issued this way may
	 * write, feed tokens only read.
	 */
	@Transactional
	public String issue(String username, Purpose purpose, String name, Duration validity) {
		var scopes = purpose == Purpose.API ? EnumSet.of(TokenScope.READ, TokenScope.WRITE) : EnumSet.of(TokenScope.READ);
		return issue(username, purpose, name, validity, scopes).token();
	}

	/** Issues a personal API token as the user asked for it. */
	@Transactional
	public IssuedToken issue(String username, TokenRequest request) {
		return issue(username, Purpose.API, request.name(), request.validity(), request.scopes());
	}

	private IssuedToken issue(String username, Purpose purpose, String name, Duration validity, Set<TokenScope> scopes) {
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var token = (purpose == Purpose.API ? "jco_" : "feed_") + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var summary = jdbc.sql("""
				insert into api_tokens (username, purpose, name, token_hash, expires_at, scopes)
				values (?, ?, ?, ?, ?, ?)
				returning %s""".formatted(COLUMNS))
			.params(username, purpose.name(), name, hash(token), Timestamp.from(Instant.now(clock).plus(validity)),
					TokenScope.closed(scopes).stream().map(TokenScope::name).toArray(String[]::new))
			.query(ApiTokens::summary)
			.single();
		events.publishEvent(RecordChanged.created(AccountAuditVocabulary.API_TOKEN, String.valueOf(summary.id()),
				Map.of("username", username, "name", name, "purpose", purpose.name(), "scopes",
						summary.scopes().stream().map(TokenScope::name).collect(Collectors.joining(",")), "expiresAt",
						summary.expiresAt().toString()))
			.labelled(name + " (" + username + ")"));
		return new IssuedToken(summary, token);
	}

	/** The user's tokens, newest first. */
	public List<TokenSummary> of(String username) {
		return jdbc.sql("select " + COLUMNS + " from api_tokens where username = ? order by created_at desc, id desc")
			.param(username)
			.query(ApiTokens::summary)
			.list();
	}

	/** Revokes one of the user's own tokens; someone else's token is as unknown as one that does not exist. */
	@Transactional
	public void revoke(String username, long id) {
		var token = jdbc.sql("update api_tokens set revoked = true where id = ? and username = ? returning " + COLUMNS)
			.params(id, username)
			.query(ApiTokens::summary)
			.optional()
			.orElseThrow(() -> new NotFound("Token", id));
		events.publishEvent(RecordChanged.of(AccountAuditVocabulary.API_TOKEN, String.valueOf(id), AccountAuditVocabulary.REVOKED,
				Map.of("username", username, "name", token.name(), "purpose", token.purpose().name()))
			.labelled(token.name() + " (" + username + ")"));
	}

	/** The account a valid, unexpired, unrevoked token belongs to, with the token's scopes; records its use. */
	@Transactional
	public Optional<TokenHolder> authenticate(String token, Purpose purpose) {
		record Found(String username, Set<TokenScope> scopes) {
		}
		var found = jdbc.sql("""
				update api_tokens set last_used_at = now()
				where token_hash = ? and purpose = ? and not revoked and expires_at > ?
				returning username, scopes""")
			.params(hash(token), purpose.name(), Timestamp.from(Instant.now(clock)))
			.query((rs, row) -> new Found(rs.getString("username"), scopes(rs)))
			.optional();
		return found.flatMap(f -> accounts.details(f.username()).map(details -> new TokenHolder(details, f.scopes())));
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

	private static TokenSummary summary(ResultSet rs, int row) throws SQLException {
		var lastUsed = rs.getTimestamp("last_used_at");
		return new TokenSummary(rs.getLong("id"), rs.getString("name"), Purpose.valueOf(rs.getString("purpose")),
				scopes(rs), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				lastUsed == null ? null : lastUsed.toInstant(), rs.getBoolean("revoked"));
	}

	private static Set<TokenScope> scopes(ResultSet rs) throws SQLException {
		var names = (String[]) rs.getArray("scopes").getArray();
		var scopes = EnumSet.noneOf(TokenScope.class);
		Arrays.stream(names).map(TokenScope::valueOf).forEach(scopes::add);
		return scopes;
	}
}
