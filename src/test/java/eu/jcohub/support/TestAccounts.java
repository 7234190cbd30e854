package eu.jcohub.support;

import eu.jcohub.access.Role;
import eu.jcohub.access.UserAccounts;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts for tests (password {@value #PASSWORD}), created on first use, and running code as one of them. */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "test-password-1";
	private final UserAccounts accounts;

	TestAccounts(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/** The account, opened if it does not exist yet. */
	public synchronized String ensure(String username, String organisation, Role... roles) {
		if (accounts.find(username).isEmpty()) {
			runAsSystem(() -> accounts.open(username, username, organisation, Set.of(roles), PASSWORD));
		}
		return username;
	}

	public String secretariat() {
		return ensure("t.secretariat", "CCWP", Role.SECRETARIAT);
	}

	public String leaderDk() {
		return ensure("t.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
	}

	public String coordinatorFi() {
		return ensure("t.coordinator.fi", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
	}

	public String coordinatorPt() {
		return ensure("t.coordinator.pt", "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
	}

	public String observerFrontex() {
		return ensure("t.observer.frontex", "FRONTEX", Role.PARTNER_OBSERVER);
	}

	public String analyst() {
		return ensure("t.analyst", "NL-CUSTOMS", Role.ANALYST);
	}

	/** Runs the code signed in as the user, as a request of theirs would. */
	public <T> T as(String username, Callable<T> work) {
		var details = accounts.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.call();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public void as(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	private static void runAsSystem(Runnable work) {
		work.run();
	}
}
