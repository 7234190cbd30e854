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
	/** Loaded once per demo user: the demo takes thousands of steps as a handful of people. */
	private final java.util.Map<String, org.springframework.security.core.userdetails.UserDetails> loaded =
			new java.util.concurrent.ConcurrentHashMap<>();

	DemoUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	<T> T as(String username, Supplier<T> work) {
		var details = loaded.computeIfAbsent(username, accounts::loadUserByUsername);
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
