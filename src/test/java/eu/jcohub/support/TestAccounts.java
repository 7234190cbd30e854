package eu.jcohub.support;

import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.access.Role;
import eu.jcohub.accounts.SecondFactors;
import eu.jcohub.accounts.TotpSecret;
import eu.jcohub.accounts.UserAccounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Accounts for tests (password {@value #PASSWORD}), created on first use, and running code as one of them.
 * Administrators enrol an authenticator with {@link #TOTP_SECRET}, as they must; they sign in on pages with
 * {@link #totpCode} and call the API with a personal {@link #apiToken}.
 */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "test-password-1";
	public static final TotpSecret TOTP_SECRET = TotpSecret.ofBase32("JCOHUBTESTSECRETJCOHUBTESTSECRET");
	private final UserAccounts accounts;
	private final SecondFactors secondFactors;
	private final ApiTokens tokens;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Map<String, String> apiTokens = new HashMap<>();

	TestAccounts(UserAccounts accounts, SecondFactors secondFactors, ApiTokens tokens, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An administrator of the hosting organisation, enrolled with {@link #TOTP_SECRET}. */
	public synchronized String admin(String username) {
		ensure(username, "JCOHUB", Role.ADMIN);
		enrol(username);
		return username;
	}

	/** Enrols the account's authenticator with {@link #TOTP_SECRET}, unless it has one. */
	public synchronized void enrol(String username) {
		if (!secondFactors.enabled(username)) {
			secondFactors.enable(username, TOTP_SECRET, totpCode(username));
		}
	}

	/**
	 * A personal API token of the user (one per user and test run, issued again once revoked: signing out
	 * everywhere or changing the password revokes them all).
	 */
	public synchronized String apiToken(String username) {
		var held = apiTokens.get(username);
		if (held == null || !working(held)) {
			held = tokens.issue(username, ApiTokens.Purpose.API, "tests", Duration.ofDays(1));
			apiTokens.put(username, held);
		}
		return held;
	}

	private boolean working(String token) {
		return jdbc.sql("select count(*) from api_tokens where token_hash = ? and not revoked and expires_at > now()")
			.param(eu.jcohub.shared.Sha256.hex(token)).query(Integer.class).single() > 0;
	}

	/**
	 * A code of {@link #TOTP_SECRET} that the account has not used yet: the current one, or the next one (accepted
	 * one step early), waiting for a new step when both are used up.
	 */
	public synchronized String totpCode(String username) {
		var lastUsed = jdbc.sql("select totp_last_step from users where username = ?").param(username)
			.query((rs, row) -> rs.getLong(1)).optional().orElse(0L);
		while (true) {
			var now = Instant.now(clock);
			long step = now.getEpochSecond() / 30;
			if (lastUsed < step + 1) {
				long use = Math.max(step, lastUsed + 1);
				return TOTP_SECRET.codeAt(Instant.ofEpochSecond(use * 30));
			}
			sleep(Duration.ofSeconds(30 - now.getEpochSecond() % 30));
		}
	}

	/** The account, opened if it does not exist yet. */
	public synchronized String ensure(String username, String organisation, Role... roles) {
		if (accounts.find(username).isEmpty()) {
			runAsSystem(() -> accounts.open(username, username, organisation, Set.of(roles), PASSWORD));
		}
		return username;
	}

	/** The account with a person's name that differs from its username, opened if it does not exist yet. */
	public synchronized String ensureNamed(String username, String displayName, String organisation, Role... roles) {
		if (accounts.find(username).isEmpty()) {
			runAsSystem(() -> accounts.open(username, displayName, organisation, Set.of(roles), PASSWORD));
		}
		return username;
	}

	public String secretariat() {
		return ensure("t.secretariat", "CCWP", Role.SECRETARIAT);
	}

	public String leaderDk() {
		return ensure("t.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
	}

	public String coordinatorFi() {
		return ensure("t.coordinator.fi", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
	}

	public String coordinatorPt() {
		return ensure("t.coordinator.pt", "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
	}

	public String observerFrontex() {
		return ensure("t.observer.frontex", "FRONTEX", Role.PARTNER_OBSERVER);
	}

	public String analyst() {
		return ensure("t.analyst", "NL-CUSTOMS", Role.ANALYST);
	}

	/** Runs the code signed in as the user, as a request of theirs would. */
	public <T> T as(String username, Callable<T> work) {
		var details = accounts.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.call();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public void as(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void runAsSystem(Runnable work) {
		work.run();
	}
}
