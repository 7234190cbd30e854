package eu.jcohub.shared;

/**
 * An edit came without the version it was made on, so a lost update could not be detected. Becomes a 428
 * (Precondition Required): the client reads the record, then sends its version with the change.
 */
public class VersionRequired extends RuntimeException {

	public VersionRequired() {
		super("Send the version you read ('version'): without it, a change made by someone else in the meantime would be"
				+ " silently overwritten.");
	}
}
