package eu.jcohub.accounts;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.NotFound;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What ends an account's access, all of it at once: its sessions on every device and instance, and its personal
 * API and calendar feed tokens (a token must not outlive the sign-in that issued it). The owner does it by signing
 * out everywhere or changing the password; an administrator by disabling the account or revoking its access.
 */
@Service
public class AccountLifecycle {

	private final UserAccounts accounts;
	private final SessionCutoffs cutoffs;
	private final ApiTokens tokens;
	private final AccessPolicy access;

	AccountLifecycle(UserAccounts accounts, SessionCutoffs cutoffs, ApiTokens tokens, AccessPolicy access) {
		this.accounts = accounts;
		this.cutoffs = cutoffs;
		this.tokens = tokens;
		this.access = access;
	}

	/** The signed-in user ends every session and token of theirs; returns the cut-off. */
	@Transactional
	public Instant signOutEverywhere() {
		var username = access.currentUser().username();
		return endAccess(username, TokenRevocation.SIGNED_OUT_EVERYWHERE);
	}

	/**
	 * The signed-in user changes their password (see {@link UserAccounts#changePassword}); every session and token
	 * of theirs ends with the old password. Returns the cut-off, after which the session that changed it may go on.
	 */
	@Transactional
	public Instant changePassword(String current, String password, String repeat) {
		var username = access.currentUser().username();
		accounts.changePassword(username, current, password, repeat);
		return endAccess(username, TokenRevocation.PASSWORD_CHANGED);
	}

	/** An administrator disables an account: it can no longer sign in, and its sessions and tokens end. */
	@Transactional
	public void disable(String username) {
		requireAdministratorOf(username);
		if (username.equals(access.currentUser().username())) {
			throw new DomainRuleViolation("You cannot disable your own account; ask another administrator.");
		}
		accounts.setEnabled(username, false);
		endAccess(username, TokenRevocation.ACCOUNT_DISABLED);
	}

	/** An administrator enables a disabled account again; it signs in afresh and issues new tokens. */
	@Transactional
	public void enable(String username) {
		requireAdministratorOf(username);
		accounts.setEnabled(username, true);
	}

	/** An administrator ends an account's sessions and tokens (a lost laptop, a leaked token); it may sign in again. */
	@Transactional
	public void revokeAccess(String username) {
		requireAdministratorOf(username);
		endAccess(username, TokenRevocation.BY_ADMINISTRATOR);
	}

	private Instant endAccess(String username, TokenRevocation reason) {
		var cutoff = cutoffs.endAllSessions(username);
		tokens.revokeAll(username, reason);
		return cutoff;
	}

	private void requireAdministratorOf(String username) {
		access.visibility().requireAdministrator();
		if (accounts.find(username).isEmpty()) {
			throw new NotFound("Account", username);
		}
	}
}
