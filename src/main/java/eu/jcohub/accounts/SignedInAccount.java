package eu.jcohub.accounts;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.SignedIn;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A principal that stands for a JCO Hub account, however it signed in (password, API token or the
 * organisation's identity provider).
 */
interface SignedInAccount extends SignedIn {

	/** Spring Security's authorities for the account's roles ({@code ROLE_…}). */
	static List<GrantedAuthority> authorities(CurrentUser user) {
		return user.roles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}
}
