package eu.jcohub.accounts;

/**
 * Why a token stopped working before it expired. Every reason but the owner's own revocation comes from something
 * that ends all of the account's access at once: its tokens go with its sessions, and its owner is offered new ones.
 */
public enum TokenRevocation {

	/** The owner revoked this one token. */
	BY_OWNER,
	/** The owner signed out everywhere. */
	SIGNED_OUT_EVERYWHERE,
	/** The owner changed their password. */
	PASSWORD_CHANGED,
	/** An administrator disabled the account. */
	ACCOUNT_DISABLED,
	/** An administrator revoked the account's access. */
	BY_ADMINISTRATOR;

	/** Whether all of the account's tokens went at once, so that its owner should be offered new ones. */
	public boolean endedAllAccess() {
		return this != BY_OWNER;
	}
}
