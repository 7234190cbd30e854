package eu.jcohub.shared;

/**
 * A business rule refused a change (an illegal transition, a state that does not allow it).
 * The web layer turns it into a 409 problem detail.
 */
public class DomainRuleViolation extends RuntimeException {

	public DomainRuleViolation(String message) {
		super(message);
	}
}
