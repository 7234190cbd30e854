package eu.jcohub.operations;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;
import static eu.jcohub.support.matrix.MatrixScenario.SECRET;

import eu.jcohub.shared.OperationId;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Operation S, organised by Danish customs with Finland and holding the secret in its objectives; S2, also Danish,
 * conflicting with it; P, Danish with Finland, which ran last year.
 */
class OperationsMatrixPart implements MatrixPart {

	@Override
	public int order() {
		return 0;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		var register = scenario.bean(OperationRegister.class);
		scenario.name("S", scenario.as(LEADER, () -> register.table(plan("M-S", LocalDate.of(2061, 3, 1), SECRET)).id()));
		scenario.name("S2", scenario.as(LEADER, () -> register.table(plan("M-S2", LocalDate.of(2061, 3, 1), null)).id()));
		scenario.name("P", scenario.as(LEADER, () -> register.table(plan("M-P", LocalDate.of(2025, 3, 1), null)).id()));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var s = scenario.id("S");
		int n = scenario.next();
		var form = "name=M-FORM-" + n + "&type=JCO_REGIONAL&organiser=DK-CUSTOMS&leadCountry=DK&participants=FI"
				+ "&competence=EXCLUSIVE_EU&domain=CUSTOMS&riskAreas=CASH&transportModes=AIR&phase1Start=2064-01-01"
				+ "&phase1End=2064-01-05";
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "POST /api/operations" -> MatrixRequest.json(pattern, newOperation(n));
			case "GET /api/operations/{id}", "GET /operations/{id}", "GET /operations/{id}/edit" ->
				MatrixRequest.get(pattern.replace("{id}", s));
			case "PUT /api/operations/{id}" -> MatrixRequest.json("/api/operations/" + s, sameAsS(versionOf(scenario)));
			case "GET /calendar/events" -> MatrixRequest.get("/calendar/events?start=2061-01-01&end=2061-12-31");
			case "POST /operations", "POST /operations/conflict-preview" -> MatrixRequest.form(pattern, form);
			case "POST /operations/{id}" -> MatrixRequest.form("/operations/" + s, "name=M-S&type=JCO_REGIONAL"
					+ "&organiser=DK-CUSTOMS&leadCountry=DK&participants=FI&competence=EXCLUSIVE_EU&domain=CUSTOMS"
					+ "&riskAreas=CIGARETTES&transportModes=ROAD&phase1Start=2061-03-01&phase1End=2061-03-10"
					+ "&version=" + versionOf(scenario) + "&objectives=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8));
			default -> null;
		});
	}

	/** S's version as it stands, so that an allowed edit is not refused as stale. */
	private static long versionOf(MatrixScenario scenario) {
		return scenario.as(LEADER, () -> scenario.bean(OperationRegister.class)
			.find(new OperationId(java.util.UUID.fromString(scenario.id("S")))).version());
	}

	static String newOperation(int n) {
		return """
				{"name":"M-NEW-%d","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK","participants":["FI"],
				 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CASH"],"transportModes":["AIR"],
				 "phases":[{"start":"2063-01-01","end":"2063-01-05"}]}""".formatted(n);
	}

	private static String sameAsS(long version) {
		return """
				{"name":"M-S","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK","participants":["FI"],
				 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CIGARETTES"],"transportModes":["ROAD"],
				 "phases":[{"start":"2061-03-01","end":"2061-03-10"}],"objectives":"%s","version":%d}"""
			.formatted(SECRET, version);
	}

	private static OperationPlan plan(String name, LocalDate start, @Nullable String objectives) {
		return new OperationPlan(name, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(start, start.plusDays(9))), objectives);
	}
}
