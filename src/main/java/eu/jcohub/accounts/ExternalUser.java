package eu.jcohub.accounts;

import eu.jcohub.access.CurrentUser;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Someone signed in through their organisation's identity provider: the provider's word and the JCO Hub account. */
final class ExternalUser implements OidcUser, SignedInAccount {

	private final CurrentUser user;
	private final OidcUser provided;

	ExternalUser(CurrentUser user, OidcUser provided) {
		this.user = user;
		this.provided = provided;
	}

	@Override
	public CurrentUser user() {
		return user;
	}

	@Override
	public String getName() {
		return user.username();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return SignedInAccount.authorities(user);
	}

	@Override
	public Map<String, Object> getClaims() {
		return provided.getClaims();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return provided.getAttributes();
	}

	@Override
	public @Nullable OidcUserInfo getUserInfo() {
		return provided.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return provided.getIdToken();
	}

	@Override
	public String toString() {
		return "ExternalUser[" + user.username() + "]";
	}
}
