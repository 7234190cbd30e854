package eu.jcohub.accounts;

import eu.jcohub.access.Role;

import eu.jcohub.accounts.ExternalSignInRefused.Reason;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Who an identity provider says someone is, in JCO Hub's terms.
 *
 * @param issuer the provider
 * @param subject the provider's stable id of the person
 * @param username the username JCO Hub's account gets (lower case)
 * @param organisation the organisation code as the provider gave it (upper case); may be unknown to JCO Hub
 * @param roles the JCO Hub roles among those the provider gave; names JCO Hub does not know are left out
 */
public record ExternalIdentity(String issuer, String subject, String username, String displayName, String organisation,
		Set<Role> roles) {

	public ExternalIdentity {
		roles = Set.copyOf(roles);
	}

	/** Reads the identity from the provider's claims (ID token and user info) as the settings name them. */
	public static ExternalIdentity from(String issuer, String subject, Map<String, ?> claims, OidcSettings.Claims names) {
		var username = text(claims.get(names.username())).toLowerCase(Locale.ROOT);
		if (username.isEmpty()) {
			throw new ExternalSignInRefused(Reason.MISSING_USERNAME,
					"the identity provider sent no username (claim " + names.username() + ")");
		}
		var displayName = text(claims.get(names.displayName()));
		return new ExternalIdentity(issuer, subject, username, displayName.isEmpty() ? username : displayName,
				text(claims.get(names.organisation())).toUpperCase(Locale.ROOT), roles(claims.get(names.roles())));
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString().trim();
	}

	private static Set<Role> roles(@Nullable Object claim) {
		Stream<String> names;
		if (claim instanceof Collection<?> list) {
			names = list.stream().map(ExternalIdentity::text);
		}
		else {
			names = Arrays.stream(text(claim).split("[,\\s]+"));
		}
		var roles = EnumSet.noneOf(Role.class);
		names.map(name -> name.toUpperCase(Locale.ROOT).replace('-', '_'))
			.flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
			.forEach(roles::add);
		return roles;
	}
}
