package eu.jcohub.operations;

import eu.jcohub.shared.OperationId;
import org.jspecify.annotations.Nullable;

/**
 * Advice on a plan before it is saved, shown on the operation form (deconfliction: the conflicts the plan would
 * create). A module contributes it without the operations module knowing the module; nothing is saved.
 */
public interface DraftAdvisor {

	/** The advice as a page fragment {@code template :: section(data)}; {@code self} is the edited operation. */
	OperationSection.PageFragment adviseOn(OperationPlan draft, @Nullable OperationId self);
}
