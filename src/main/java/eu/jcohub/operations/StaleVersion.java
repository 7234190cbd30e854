package eu.jcohub.operations;

import eu.jcohub.shared.DomainRuleViolation;

/**
 * Someone else changed the operation after the editor read it: applying the edit would silently undo theirs.
 */
public class StaleVersion extends DomainRuleViolation {

	private final long expected;
	private final long current;

	public StaleVersion(String name, long expected, long current) {
		super("Operation " + name + " was changed by someone else in the meantime (you edited version " + expected
				+ ", it is now at " + current + "); reload it and apply your change again.");
		this.expected = expected;
		this.current = current;
	}

	public long expected() {
		return expected;
	}

	public long current() {
		return current;
	}
}
