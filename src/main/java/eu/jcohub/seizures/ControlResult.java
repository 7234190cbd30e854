package eu.jcohub.seizures;

/** What a control found. */
public enum ControlResult {
	NOTHING_FOUND, INFRINGEMENT
}
