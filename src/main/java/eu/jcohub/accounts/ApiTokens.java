package eu.jcohub.accounts;

import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.RecordChanged;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Personal tokens: API tokens for machine clients of other bodies ({@code Authorization: Bearer}) and
 * calendar feed tokens ({@code ?token=} on the iCalendar feed, which calendar clients cannot send headers for).
 * Only a hash is stored; the token itself is shown once. Tokens are known by a random id that tells nothing about
 * how many there are, and record where they were issued from and last used from. They end with the account's
 * access: signing out everywhere, changing the password, a disabled account or an administrator's revocation
 * revoke them all. Issuing and revoking are audited, never the token.
 */
@Service
public class ApiTokens {

	public enum Purpose { API, CALENDAR_FEED }

	private static final SecureRandom random = new SecureRandom();
	private static final String COLUMNS = "id, name, purpose, scopes, created_at, expires_at, last_used_at, revoked, "
			+ "issued_from, last_used_from, revoked_at, revoked_reason";
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

	/**
	 * Refuses (403) a request signed in with a token: only the person issues tokens, or a leaked token could renew
	 * itself for ever. Issuing checks it too; callers check it first, before reading what was sent.
	 */
	public void requireSignInOfThePerson() {
		if (SignedInWithToken.current()) {
			throw Forbidden.because("tokens.issue.refused",
					"A token cannot issue tokens: sign in with your password (or your organisation's sign-in) to get one.");
		}
	}

	private IssuedToken issue(String username, Purpose purpose, String name, Duration validity, Set<TokenScope> scopes) {
		requireSignInOfThePerson();
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var token = (purpose == Purpose.API ? "jco_" : "feed_") + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var summary = jdbc.sql("""
				insert into api_tokens (id, username, purpose, name, token_hash, expires_at, scopes, issued_from)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				returning %s""".formatted(COLUMNS))
			.params(UUID.randomUUID(), username, purpose.name(), name, hash(token),
					Timestamp.from(Instant.now(clock).plus(validity)),
					TokenScope.closed(scopes).stream().map(TokenScope::name).toArray(String[]::new), clientAddress())
			.query(ApiTokens::summary)
			.single();
		events.publishEvent(RecordChanged.created(AccountAuditVocabulary.API_TOKEN, summary.id().toString(),
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
	public void revoke(String username, UUID id) {
		var token = jdbc.sql("""
				update api_tokens set revoked = true, revoked_at = coalesce(revoked_at, ?),
				       revoked_reason = coalesce(revoked_reason, 'BY_OWNER')
				where id = ? and username = ? returning %s""".formatted(COLUMNS))
			.params(Timestamp.from(Instant.now(clock)), id, username)
			.query(ApiTokens::summary)
			.optional()
			.orElseThrow(() -> new NotFound("Token", id));
		events.publishEvent(RecordChanged.of(AccountAuditVocabulary.API_TOKEN, id.toString(), AccountAuditVocabulary.REVOKED,
				Map.of("username", username, "name", token.name(), "purpose", token.purpose().name(), "reason",
						TokenRevocation.BY_OWNER.name()))
			.labelled(token.name() + " (" + username + ")"));
	}

	/**
	 * Revokes every token of the account still working, API and feed alike, for the reason given; returns how many.
	 * Its owner hears of it ({@link TokensRevoked}) and is offered new ones.
	 */
	@Transactional
	public int revokeAll(String username, TokenRevocation reason) {
		var revoked = jdbc.sql("""
				update api_tokens set revoked = true, revoked_at = ?, revoked_reason = ?
				where username = ? and not revoked returning %s""".formatted(COLUMNS))
			.params(Timestamp.from(Instant.now(clock)), reason.name(), username)
			.query(ApiTokens::summary)
			.list();
		for (var token : revoked) {
			events.publishEvent(RecordChanged.of(AccountAuditVocabulary.API_TOKEN, token.id().toString(),
					AccountAuditVocabulary.REVOKED, Map.of("username", username, "name", token.name(), "purpose",
							token.purpose().name(), "reason", reason.name()))
				.labelled(token.name() + " (" + username + ")"));
		}
		if (revoked.stream().anyMatch(token -> token.expiresAt().isAfter(Instant.now(clock)))) {
			events.publishEvent(new TokensRevoked(username, reason,
					(int) revoked.stream().filter(token -> token.expiresAt().isAfter(Instant.now(clock))).count()));
		}
		return revoked.size();
	}

	/**
	 * The account a valid, unexpired, unrevoked token of an enabled account belongs to, with the token's scopes;
	 * records when and from where it was used, to the minute: the token's row is written when its last use is a
	 * minute old or came from another address, not on every request. Writing it on every request made all the
	 * requests of one token wait for each other (the row's lock, held until each durable commit): a client sending
	 * many requests at once with its token was answered one request at a time.
	 */
	@Transactional
	public Optional<TokenHolder> authenticate(String token, Purpose purpose) {
		record Found(String username, Set<TokenScope> scopes) {
		}
		var address = clientAddress();
		var found = jdbc.sql("""
				with found as (
				    select t.id, t.username, t.scopes from api_tokens t join users u on t.username = u.username
				    where u.enabled and t.token_hash = ? and t.purpose = ? and not t.revoked and t.expires_at > ?
				), used as (
				    update api_tokens t set last_used_at = now(), last_used_from = ?
				    from found f
				    where t.id = f.id and (t.last_used_at is null or t.last_used_at < now() - interval '1 minute'
				                           or t.last_used_from is distinct from ?)
				)
				select username, scopes from found""")
			.params(hash(token), purpose.name(), Timestamp.from(Instant.now(clock)), address, address)
			.query((rs, row) -> new Found(rs.getString("username"), scopes(rs)))
			.optional();
		return found.flatMap(f -> accounts.details(f.username()).filter(details -> details.isEnabled())
			.map(details -> new TokenHolder(details, f.scopes())));
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

	/** The address of the client of the request being served (the proxy's forwarded one only behind a proxy). */
	private static @Nullable String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	private static TokenSummary summary(ResultSet rs, int row) throws SQLException {
		var lastUsed = rs.getTimestamp("last_used_at");
		var revokedAt = rs.getTimestamp("revoked_at");
		var reason = rs.getString("revoked_reason");
		return new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
				Purpose.valueOf(rs.getString("purpose")), scopes(rs), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), lastUsed == null ? null : lastUsed.toInstant(),
				rs.getBoolean("revoked"), rs.getString("issued_from"), rs.getString("last_used_from"),
				revokedAt == null ? null : revokedAt.toInstant(), reason == null ? null : TokenRevocation.valueOf(reason));
	}

	private static Set<TokenScope> scopes(ResultSet rs) throws SQLException {
		var names = (String[]) rs.getArray("scopes").getArray();
		var scopes = EnumSet.noneOf(TokenScope.class);
		Arrays.stream(names).map(TokenScope::valueOf).forEach(scopes::add);
		return scopes;
	}
}
