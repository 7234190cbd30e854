package eu.jcohub.support.matrix;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A module's part of the access matrix test, beside its rows in {@code src/main/resources/access-matrix/<module>.md}:
 * the records it adds to the scenario and the concrete request for each of its endpoints. The matrix test finds
 * every implementation on the test class path, so a new module adds its part without editing the access tests.
 */
public interface MatrixPart {

	/** Parts prepare in this order: a module whose records others need comes first. */
	default int order() {
		return 100;
	}

	/** Creates the module's records of the scenario, once, and names them. */
	default void prepare(MatrixScenario scenario) {
	}

	/**
	 * The request to send for one endpoint, or empty when it is not this module's. A GET no part claims is sent to
	 * its path as it is.
	 *
	 * @param caller the username of the column's user, or null for the anonymous column
	 */
	Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario, @Nullable String caller);
}
