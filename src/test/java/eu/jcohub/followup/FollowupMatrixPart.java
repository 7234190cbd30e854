package eu.jcohub.followup;

import static eu.jcohub.support.matrix.MatrixScenario.SECRET;

import eu.jcohub.support.TestAccounts;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: recommendation REC addressed to Danish customs, the secret in its text, recorded by the secretariat.
 * Isolation: a recommendation recorded while B exists. The monitoring file is read by everyone signed in and names
 * no operation, so it holds none of B's secrets; its paths are still read with the recommendation's id.
 */
class FollowupMatrixPart implements MatrixPart, IsolationPart {

	private static final String SECRETARIAT = "m.secretariat";

	@Override
	public void prepare(MatrixScenario scenario) {
		var recommendations = scenario.bean(Recommendations.class);
		scenario.name("REC", scenario.as(SECRETARIAT, () -> recommendations.record(new RecommendationDraft("9.9",
				"Matrix debriefing", "Share the risk profiles earlier. " + SECRET, "DK-CUSTOMS")).id()));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var onR = pattern.replace("{id}", scenario.id("REC"));
		int n = scenario.next();
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/recommendations/{id}", "GET /recommendations/{id}" -> MatrixRequest.get(onR);
			case "POST /api/recommendations" -> MatrixRequest.json(pattern,
					"{\"source\":\"Matrix report\",\"text\":\"Recommendation " + n + "\",\"addressee\":\"FI-CUSTOMS\"}");
			case "POST /recommendations" -> MatrixRequest.form(pattern,
					"source=Matrix+report&text=Recommendation+" + n + "&addressee=FI-CUSTOMS");
			case "PATCH /api/recommendations/{id}" -> MatrixRequest.json(onR,
					"{\"status\":\"IN_PROGRESS\",\"evidence\":\"Step " + n + "\",\"version\":" + version(scenario) + "}");
			case "POST /recommendations/{id}" -> MatrixRequest.form(onR, "status=IN_PROGRESS&evidence=Step+" + n
					+ "&version=" + version(scenario));
			case "POST /api/recommendations/{id}/actions" -> MatrixRequest.json(onR,
					"{\"description\":\"Action " + n + "\",\"owner\":\"DK-CUSTOMS\",\"due\":\"2066-01-31\"}");
			case "POST /recommendations/{id}/actions" -> MatrixRequest.form(onR,
					"description=Action+" + n + "&owner=DK-CUSTOMS&due=2066-01-31");
			default -> null;
		});
	}

	/** REC's version now: each caller's change is made on what they would have read. */
	private static long version(MatrixScenario scenario) {
		var recommendations = scenario.bean(Recommendations.class);
		var id = java.util.UUID.fromString(scenario.id("REC"));
		return scenario.as(SECRETARIAT, () -> recommendations.find(id).version());
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		var recommendations = scenario.bean(Recommendations.class);
		var accounts = scenario.bean(TestAccounts.class);
		var recorded = accounts.as(accounts.secretariat(), () -> recommendations.record(new RecommendationDraft(null,
				"Isolation debriefing", "Exchange the final report within two months.", "CCWP")));
		scenario.name("recommendation", recorded.id().toString());
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		if (pattern.equals("/api/recommendations/{id}") || pattern.equals("/recommendations/{id}")) {
			return Optional.of(pattern.replace("{id}", scenario.id("recommendation")));
		}
		return Optional.empty();
	}
}
