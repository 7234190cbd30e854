package eu.jcohub.accounts;

import eu.jcohub.access.CurrentUser;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a JCO Hub account. */
final class HubUserDetails implements UserDetails, CredentialsContainer, SignedInAccount {

	private final CurrentUser user;
	private @Nullable String passwordHash;
	private final boolean enabled;
	private final boolean locked;
	private final boolean secondFactor;

	HubUserDetails(CurrentUser user, @Nullable String passwordHash, boolean enabled, boolean locked,
			boolean secondFactor) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.secondFactor = secondFactor;
	}

	@Override
	public CurrentUser user() {
		return user;
	}

	/** Whether the account had an authenticator (TOTP) when it was loaded. */
	boolean secondFactor() {
		return secondFactor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return SignedInAccount.authorities(user);
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "HubUserDetails[" + user.username() + "]";
	}
}
