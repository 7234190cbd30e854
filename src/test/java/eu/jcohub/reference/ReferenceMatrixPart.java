package eu.jcohub.reference;

import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

class ReferenceMatrixPart implements MatrixPart, IsolationPart {

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		return path(pattern).map(MatrixRequest::get);
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return path(pattern);
	}

	private static Optional<String> path(String pattern) {
		return pattern.equals("/api/reference/{kind}") ? Optional.of("/api/reference/countries") : Optional.empty();
	}
}
