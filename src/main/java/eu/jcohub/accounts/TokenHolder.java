package eu.jcohub.accounts;

import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;

/** The account a presented token belongs to, and what the token lets it do. */
public record TokenHolder(UserDetails account, Set<TokenScope> scopes) {

	public TokenHolder {
		scopes = TokenScope.closed(scopes);
	}

	public boolean mayWrite() {
		return scopes.contains(TokenScope.WRITE);
	}
}
