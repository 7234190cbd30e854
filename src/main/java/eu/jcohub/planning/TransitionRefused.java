package eu.jcohub.planning;

import eu.jcohub.shared.DomainRuleViolation;
import java.util.List;

/** A lifecycle step the lifecycle or a guard refused, with every reason in the reader's words (409). */
public class TransitionRefused extends DomainRuleViolation {

	private final List<String> reasons;

	public TransitionRefused(List<String> reasons) {
		super(String.join(" ", reasons));
		this.reasons = List.copyOf(reasons);
	}

	public List<String> reasons() {
		return reasons;
	}
}
