package eu.jcohub.support.matrix;

import java.util.Optional;

/**
 * A module's part of the isolation test: B's records of the module, with secrets, and the path of each of its GET
 * endpoints with B's ids. Found on the test class path like {@link MatrixPart}.
 */
public interface IsolationPart {

	default int isolationOrder() {
		return 100;
	}

	/** Creates B's records of the module (A and B exist), and registers their secrets. */
	default void prepare(IsolationScenario scenario) {
	}

	/** The path of one of the module's GET endpoints with B's ids, or empty when the pattern is not this module's. */
	Optional<String> path(String pattern, IsolationScenario scenario);
}
