package eu.jcohub.access;

import eu.jcohub.shared.ActingFor;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A principal that stands for a JCO Hub account, however it signed in (password, API token or the
 * organisation's identity provider); the access policy knows the user by it.
 */
interface SignedInAccount extends ActingFor {

	CurrentUser user();

	@Override
	default String username() {
		return user().username();
	}

	@Override
	default String displayName() {
		return user().displayName();
	}

	@Override
	default String organisation() {
		return user().organisation();
	}

	/** Spring Security's authorities for the account's roles ({@code ROLE_…}). */
	static List<GrantedAuthority> authorities(CurrentUser user) {
		return user.roles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}
}
