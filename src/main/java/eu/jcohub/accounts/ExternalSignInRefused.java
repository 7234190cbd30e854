package eu.jcohub.accounts;

/** An identity provider vouched for someone JCO Hub cannot let in; no account was created or changed. */
public class ExternalSignInRefused extends RuntimeException {

	/** Why; the code names the message on the sign-in page. */
	public enum Reason {
		MISSING_USERNAME("missing-username"), INVALID_USERNAME("invalid-username"),
		UNKNOWN_ORGANISATION("unknown-organisation"), NO_ROLE("no-role"), USERNAME_TAKEN("username-taken"),
		DISABLED("disabled");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	private final Reason reason;

	ExternalSignInRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
