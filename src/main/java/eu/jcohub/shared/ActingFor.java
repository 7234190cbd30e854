package eu.jcohub.shared;

/** A signed-in principal acting for an organisation; lets the audit trail say for whom a change was made. */
public interface ActingFor {

	String username();

	String organisation();

	String displayName();
}
