package eu.jcohub.planning;

import java.util.List;

/**
 * A module's say in a lifecycle step: the funding module refuses "in preparation" until the operation is funded,
 * execution refuses an operational phase without a risk profile. Each guard is a bean; the lifecycle asks all of
 * them before every step and refuses it with every reason given, so that planning depends on none of them.
 */
public interface TransitionGuard {

	/** Why this step must not happen now, in words of the guard's own bundle; empty when it has nothing against it. */
	List<Refusal> refusals(Transition transition);
}
