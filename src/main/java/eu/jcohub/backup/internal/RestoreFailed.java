package eu.jcohub.backup.internal;

/** A restore that did not happen, why, and what state it left the database in. */
public final class RestoreFailed extends RuntimeException {

	RestoreFailed(String message, Throwable cause) {
		super(message, cause);
	}
}
