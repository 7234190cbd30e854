package eu.jcohub.accounts;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.Role;

import eu.jcohub.accounts.ExternalSignInRefused.Reason;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.reference.ReferenceData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people who sign in through their organisation's identity provider. The provider decides their
 * organisation and roles: each sign-in opens the account or brings it up to date, so the access policy, operation
 * roles and the audit trail treat them like any other account. Such an account has no password and stays bound to
 * the provider's subject; a password account is never taken over.
 */
@Service
public class OidcAccounts {

	private final JdbcClient jdbc;
	private final ReferenceData reference;
	private final UserAccounts accounts;
	private final ApplicationEventPublisher events;

	OidcAccounts(JdbcClient jdbc, ReferenceData reference, UserAccounts accounts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.reference = reference;
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * The account the identity stands for, opened or updated.
	 *
	 * @throws ExternalSignInRefused when JCO Hub cannot let the person in; nothing is saved then
	 */
	@Transactional
	public CurrentUser signIn(ExternalIdentity identity) {
		if (reference.organisation(identity.organisation()).isEmpty()) {
			throw new ExternalSignInRefused(Reason.UNKNOWN_ORGANISATION, identity.organisation().isEmpty()
					? "the identity provider named no organisation"
					: "organisation " + identity.organisation() + " is not in JCO Hub's reference data");
		}
		if (identity.roles().isEmpty()) {
			throw new ExternalSignInRefused(Reason.NO_ROLE, "the identity provider gave no JCO Hub role");
		}
		var username = bound(identity).map(account -> update(account, identity)).orElseGet(() -> open(identity));
		return accounts.find(username).orElseThrow();
	}

	private String update(Account account, ExternalIdentity identity) {
		if (!account.enabled()) {
			throw new ExternalSignInRefused(Reason.DISABLED, "account " + account.username() + " is disabled");
		}
		var now = new Account(account.username(), identity.displayName(), identity.organisation(), identity.roles(), true);
		if (!now.equals(account)) {
			jdbc.sql("update users set display_name = ?, organisation = ?, roles = ? where username = ?")
				.params(now.displayName(), now.organisation(), UserAccounts.roleNames(now.roles()), now.username())
				.update();
			events.publishEvent(RecordChanged.updated(AccountAuditVocabulary.USER, now.username(), account.audited(),
					now.audited()).labelled(now.displayName() + " (" + now.username() + ")"));
		}
		return account.username();
	}

	private String open(ExternalIdentity identity) {
		if (!UserAccounts.isValidUsername(identity.username())) {
			throw new ExternalSignInRefused(Reason.INVALID_USERNAME, "username " + identity.username()
					+ " does not suit JCO Hub (2 to 64 lower-case letters, digits, dots, dashes or underscores)");
		}
		if (accounts.find(identity.username()).isPresent()) {
			throw new ExternalSignInRefused(Reason.USERNAME_TAKEN,
					"account " + identity.username() + " exists already and is not bound to this identity");
		}
		jdbc.sql("""
				insert into users (username, display_name, organisation, roles, password_hash, external_issuer, external_subject)
				values (?, ?, ?, ?, null, ?, ?)""")
			.params(identity.username(), identity.displayName(), identity.organisation(), UserAccounts.roleNames(identity.roles()),
					identity.issuer(), identity.subject())
			.update();
		var account = new Account(identity.username(), identity.displayName(), identity.organisation(), identity.roles(),
				true);
		var after = new LinkedHashMap<String, Object>(account.audited());
		after.put("identityProvider", identity.issuer());
		events.publishEvent(RecordChanged.created(AccountAuditVocabulary.USER, identity.username(), after)
			.labelled(account.displayName() + " (" + identity.username() + ")"));
		return identity.username();
	}

	private Optional<Account> bound(ExternalIdentity identity) {
		return jdbc.sql("""
				select username, display_name, organisation, roles, enabled from users
				where external_issuer = ? and external_subject = ?""")
			.params(identity.issuer(), identity.subject())
			.query(OidcAccounts::account)
			.optional();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getString("username"), rs.getString("display_name"), rs.getString("organisation"),
				UserAccounts.roles(rs.getArray("roles")), rs.getBoolean("enabled"));
	}

	private record Account(String username, String displayName, String organisation, Set<Role> roles, boolean enabled) {

		Account {
			roles = Set.copyOf(roles);
		}

		Map<String, ?> audited() {
			return Map.of("displayName", displayName, "organisation", organisation, "roles",
					String.join(",", UserAccounts.roleNames(roles)));
		}
	}
}
