package eu.jcohub.accounts;

import eu.jcohub.access.CurrentUser;

import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authenticator app (TOTP) as a second factor: enrolment with a code from the new secret, checking a
 * code at sign-in (each time step once only), switching it off.
 */
@Service
public class SecondFactors {

	private static final String WRONG_CODE = "the code does not match: type the current code of your authenticator "
			+ "(and check that its clock is right)";
	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecondFactorPolicy policy;
	private final ApplicationEventPublisher events;

	SecondFactors(JdbcClient jdbc, Clock clock, SecondFactorPolicy policy, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = policy;
		this.events = events;
	}

	public boolean enabled(String username) {
		return jdbc.sql("select totp_secret is not null from users where username = ?")
			.param(username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Switches the second factor on, once the user proves with a current code that the app holds the secret. */
	@Transactional
	public void enable(String username, TotpSecret secret, String code) {
		var step = Totp.match(secret, code, Instant.now(clock), OptionalLong.empty());
		if (step.isEmpty()) {
			throw InvalidInput.of("code", WRONG_CODE);
		}
		int updated = jdbc.sql("update users set totp_secret = ?, totp_last_step = ? where username = ?")
			.params(secret.bytes(), step.getAsLong(), username)
			.update();
		if (updated == 0) {
			throw InvalidInput.of("username", "unknown user " + username);
		}
		events.publishEvent(RecordChanged.of(AccountAuditVocabulary.USER, username,
				AccountAuditVocabulary.SECOND_FACTOR_ENABLED, Map.of("method", "TOTP")));
	}

	/** Switches the second factor off, with a current code; administrators keep theirs where it is required. */
	@Transactional
	public void disable(CurrentUser user, String code) {
		if (policy.requiredFor(user)) {
			throw new DomainRuleViolation("Administrators must keep their second factor.");
		}
		if (!verify(user.username(), code)) {
			throw InvalidInput.of("code", WRONG_CODE);
		}
		jdbc.sql("update users set totp_secret = null, totp_last_step = null where username = ?")
			.param(user.username())
			.update();
		events.publishEvent(RecordChanged.of(AccountAuditVocabulary.USER, user.username(),
				AccountAuditVocabulary.SECOND_FACTOR_DISABLED, Map.of("method", "TOTP")));
	}

	/**
	 * Whether the code is valid now for the user's secret; a valid code's time step is used up, so the same
	 * code (or an older one) is refused afterwards.
	 */
	@Transactional
	public boolean verify(String username, String code) {
		var stored = jdbc.sql("select totp_secret, totp_last_step from users where username = ? and totp_secret is not null for update")
			.param(username)
			.query((rs, row) -> {
				var secret = new TotpSecret(rs.getBytes("totp_secret"));
				long last = rs.getLong("totp_last_step");
				return new Enrolment(secret, rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(last));
			})
			.optional();
		if (stored.isEmpty()) {
			return false;
		}
		var enrolment = stored.get();
		var step = Totp.match(enrolment.secret(), code, Instant.now(clock), enrolment.lastStep());
		step.ifPresent(used -> jdbc.sql("update users set totp_last_step = ? where username = ?")
			.params(used, username)
			.update());
		return step.isPresent();
	}

	/**
	 * Whether the signed-in principal is an administrator who must enrol before doing anything else. Asks the
	 * database only for administrators who had no second factor when they signed in.
	 */
	public boolean enrolmentOutstanding(Object principal) {
		return principal instanceof HubUserDetails account && !account.secondFactor() && policy.requiredFor(account.user())
				&& !enabled(account.username());
	}

	private record Enrolment(TotpSecret secret, OptionalLong lastStep) {
	}
}
