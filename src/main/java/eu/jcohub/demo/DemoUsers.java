package eu.jcohub.demo;

import eu.jcohub.accounts.UserAccounts;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs demo work signed in as a demo user, as a request of theirs would be. */
@Component
class DemoUsers {

	private final UserAccounts accounts;

	DemoUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	<T> T as(String username, Supplier<T> work) {
		var details = accounts.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
