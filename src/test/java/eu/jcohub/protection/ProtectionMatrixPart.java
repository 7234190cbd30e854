package eu.jcohub.protection;

import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finland's retention rules (the participant is Finland's coordinator), and a search for nobody. */
class ProtectionMatrixPart implements MatrixPart, IsolationPart {

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "PUT /api/retention-rules/{category}" -> MatrixRequest.json("/api/retention-rules/PERSON",
					"{\"years\":5,\"organisation\":\"FI-CUSTOMS\"}");
			case "POST /api/retention/run", "POST /data-protection/retention/run" -> MatrixRequest.form(pattern, "");
			case "POST /data-protection/retention" ->
				MatrixRequest.form(pattern, "organisation=FI-CUSTOMS&category=PERSON&years=5");
			case "GET /api/subject-access" -> MatrixRequest.get("/api/subject-access?name=nobody");
			default -> null;
		});
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return pattern.contains("{category}") ? Optional.of(pattern.replace("{category}", "PERSON")) : Optional.empty();
	}
}
