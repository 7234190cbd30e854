package eu.jcohub.cooperation;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;
import static eu.jcohub.support.matrix.MatrixScenario.SECRET;

import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: request Q on operation P, a controlled delivery from Danish to Finnish customs whose outcome holds the
 * secret; Denmark's entry for article 22. Isolation: a German request on B with a secret in its notes.
 */
class CooperationMatrixPart implements MatrixPart, IsolationPart {

	private static final String ENTRY = """
			{"authorities":["CUSTOMS","POLICE"],"decidedBy":"PROSECUTOR","contactPoint":"DK contact","legalBasis":"DK law"}""";

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		var cooperation = scenario.bean(Cooperation.class);
		var p = new OperationId(UUID.fromString(scenario.id("P")));
		var q = scenario.as(LEADER, () -> cooperation.file(p,
				new RequestDraft(22, "DK-CUSTOMS", "FI-CUSTOMS", List.of(), null, null, "matrix")).id());
		// In the outcome, which the matrix's own changes (of the notes) leave as it is.
		scenario.as(LEADER, () -> cooperation.change(q, new RequestChange(null, null, SECRET, null), null));
		scenario.name("Q", q);
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var p = scenario.id("P");
		var q = scenario.id("Q");
		var own = caller == null ? "DK-CUSTOMS" : organisationOf(caller);
		var other = own.equals("DK-CUSTOMS") ? "FI-CUSTOMS" : "DK-CUSTOMS";
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "PUT /api/naples/competences/{country}/{article}" ->
				MatrixRequest.json("/api/naples/competences/DK/22", ENTRY);
			case "POST /api/operations/{id}/naples-requests" -> MatrixRequest.json("/api/operations/" + p
					+ "/naples-requests", "{\"article\":22,\"requesting\":\"%s\",\"requested\":\"%s\"}".formatted(own, other));
			case "GET /api/operations/{id}/naples-requests", "GET /operations/{id}/naples-requests/new",
					"GET /operations/{id}/naples-statistics" ->
				MatrixRequest.get(pattern.replace("{id}", p));
			case "PATCH /api/naples-requests/{id}" -> MatrixRequest.json("/api/naples-requests/" + q, "{\"notes\":\"matrix\"}");
			case "GET /naples/competences/{country}/{article}" -> MatrixRequest.get("/naples/competences/DK/22");
			case "POST /naples/competences/{country}/{article}" -> MatrixRequest.form("/naples/competences/DK/22",
					"authorities=CUSTOMS&authorities=POLICE&contactPoint=DK+contact&legalBasis=DK+law");
			case "GET /naples/articles/{article}" -> MatrixRequest.get("/naples/articles/22");
			case "POST /operations/{id}/naples-requests" -> MatrixRequest.form("/operations/" + p + "/naples-requests",
					"article=22&requesting=" + own + "&requested=" + other);
			case "GET /naples-requests/{id}" -> MatrixRequest.get("/naples-requests/" + q);
			case "POST /naples-requests/{id}" -> MatrixRequest.form("/naples-requests/" + q, "notes=matrix");
			default -> null;
		});
	}

	private static String organisationOf(String username) {
		return MatrixScenario.USERS.values().stream().filter(user -> user[0].equals(username)).map(user -> user[1])
			.findFirst().orElse("DK-CUSTOMS");
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		var b = scenario.id("B");
		var filed = Api.as(scenario.port(), scenario.id("B.officer")).post("/api/operations/" + b + "/naples-requests",
				"""
				{"article":22,"requesting":"DE-CUSTOMS","requested":"AT-CUSTOMS","notes":"ISO-NAPLES-SECRET"}""");
		if (filed.status() != 201) {
			throw new IllegalStateException("B's Naples II request was refused: " + filed.body());
		}
		scenario.name("B.naples", filed.json().get("id").asText());
		scenario.secret("ISO-NAPLES-SECRET");
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return Optional.ofNullable(switch (pattern) {
			case "/naples-requests/{id}" -> "/naples-requests/" + scenario.id("B.naples");
			case "/naples/competences/{country}/{article}" -> "/naples/competences/DE/22";
			case "/naples/articles/{article}" -> "/naples/articles/22";
			default -> null;
		});
	}
}
