package eu.jcohub.backup.internal;

/** A file that cannot be restored, and why; nothing was written to the database. */
public final class InvalidBackup extends IllegalStateException {

	InvalidBackup(String why) {
		super("This is no backup JCO Hub can restore: " + why + ".");
	}
}
