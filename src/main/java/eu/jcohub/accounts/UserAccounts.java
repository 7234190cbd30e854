package eu.jcohub.accounts;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.Role;
import eu.jcohub.access.OperationRole;

import eu.jcohub.shared.RecordChanged;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: who exists, for which organisation, with which roles. */
@Service
public class UserAccounts implements UserDetailsService {

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final ReferenceData reference;
	private final ApplicationEventPublisher events;
	private final PasswordRules rules;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, ReferenceData reference, ApplicationEventPublisher events,
			PasswordRules rules) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.reference = reference;
		this.events = events;
		this.rules = rules;
	}

	/**
	 * Opens an account. The organisation must exist; the username must be free; the password must follow the
	 * {@link PasswordRules}.
	 */
	@Transactional
	public CurrentUser open(String username, String displayName, String organisation, Set<Role> roles, String password) {
		var errors = new InvalidInput.Collector();
		if (!isValidUsername(username)) {
			errors.reject("username", "use 2 to 64 lower-case letters, digits, dots, dashes or underscores");
		}
		else if (find(username).isPresent()) {
			errors.reject("username", "this username is taken");
		}
		if (reference.organisation(organisation).isEmpty()) {
			errors.reject("organisation", "unknown organisation " + organisation);
		}
		if (roles.isEmpty()) {
			errors.reject("roles", "give at least one role");
		}
		rules.check(username, password, "password", errors);
		errors.throwIfAny();
		jdbc.sql("""
				insert into users (username, display_name, organisation, roles, password_hash)
				values (?, ?, ?, ?, ?)""")
			.params(username, displayName, organisation, roleNames(roles),
					passwords.encode(password))
			.update();
		events.publishEvent(RecordChanged.created(AccountAuditVocabulary.USER, username,
				Map.of("organisation", organisation, "roles", String.join(",", roleNames(roles))))
			.labelled(displayName + " (" + username + ")"));
		return find(username).orElseThrow();
	}

	/**
	 * Changes the user's password: they confirm the current one and type the new one twice. Every problem is
	 * reported on its field ({@code current}, {@code password}, {@code repeat}); nothing is said about the
	 * passwords in the audit trail but that one was changed.
	 */
	@Transactional
	public void changePassword(String username, String current, String password, String repeat) {
		var hash = jdbc.sql("select password_hash from users where username = ? for update")
			.param(username)
			.query(String.class)
			.optional()
			.orElseThrow(() -> InvalidInput.of("username", "unknown user " + username));
		var errors = new InvalidInput.Collector();
		if (current.isEmpty() || !passwords.matches(current, hash)) {
			errors.reject("current", "this is not your current password");
		}
		rules.check(username, password, "password", errors);
		if (!errors.hasErrors() && password.equals(current)) {
			errors.reject("password", "choose a password different from the current one");
		}
		if (!password.equals(repeat)) {
			errors.reject("repeat", "the two new passwords differ");
		}
		errors.throwIfAny();
		jdbc.sql("update users set password_hash = ? where username = ?")
			.params(passwords.encode(password), username)
			.update();
		events.publishEvent(RecordChanged.of(AccountAuditVocabulary.USER, username,
				AccountAuditVocabulary.PASSWORD_CHANGED, Map.of()));
	}

	/** Enables or disables an account (see {@link AccountLifecycle}, which also ends its sessions and tokens). */
	@Transactional
	void setEnabled(String username, boolean enabled) {
		var changed = jdbc.sql("update users set enabled = ? where username = ? and enabled <> ?")
			.params(enabled, username, enabled)
			.update();
		if (changed > 0) {
			events.publishEvent(RecordChanged.of(AccountAuditVocabulary.USER, username,
					enabled ? AccountAuditVocabulary.ENABLED : AccountAuditVocabulary.DISABLED, Map.of()));
		}
	}

	static boolean isValidUsername(String username) {
		return username.matches("[a-z0-9][a-z0-9._-]{1,63}");
	}

	public List<String> usernamesOf(String organisation) {
		return jdbc.sql("select username from users where organisation = ? and enabled order by username")
			.param(organisation)
			.query(String.class)
			.list();
	}

	public List<String> usernamesWithRole(Role role) {
		return jdbc.sql("select username from users where ? = any(roles) and enabled order by username")
			.param(role.name())
			.query(String.class)
			.list();
	}

	public boolean anyExist() {
		return jdbc.sql("select exists (select 1 from users)").query(Boolean.class).single();
	}

	public Optional<CurrentUser> find(String username) {
		return details(username).map(HubUserDetails::user);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return details(username).orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
	}

	Optional<HubUserDetails> details(String username) {
		return jdbc.sql("""
				select username, display_name, organisation, roles, password_hash, enabled,
				       locked_until is not null and locked_until > now() as locked,
				       totp_secret is not null as second_factor
				from users where username = ?""")
			.param(username)
			.query(this::mapDetails)
			.optional();
	}

	private HubUserDetails mapDetails(ResultSet rs, int row) throws SQLException {
		var organisation = reference.organisation(rs.getString("organisation"));
		var user = new CurrentUser(rs.getString("username"), rs.getString("display_name"), rs.getString("organisation"),
				organisation.map(o -> o.kind().name()).orElse(""), organisation.flatMap(o -> o.countryCode()).orElse(null),
				roles(rs.getArray("roles")));
		return new HubUserDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
				rs.getBoolean("second_factor"));
	}

	/** Role names as stored: sorted, so that equal role sets are equal arrays. */
	static String[] roleNames(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

	static Set<Role> roles(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet());
	}
}
