package eu.jcohub.funding;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: operation FU (Danish with Finland, in 2066) with application APP to the 515/97 budget. Isolation: B's
 * budget line and application, each with a secret.
 */
class FundingMatrixPart implements MatrixPart, IsolationPart {

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		var register = scenario.bean(OperationRegister.class);
		var fu = scenario.as(LEADER, () -> register.table(plan("M-FU", LocalDate.of(2066, 6, 1))).id());
		scenario.name("FU", fu);
		var funding = scenario.bean(Funding.class);
		scenario.name("APP", scenario.as(LEADER, () -> funding.apply(fu,
				new ApplicationDraft("REG-515-97", "1000", null, null, null, null, "matrix")).id()));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var onFu = pattern.replace("{id}", scenario.id("FU"));
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/operations/{id}/funding/eligibility", "GET /api/operations/{id}/funding/lead-times",
					"GET /api/operations/{id}/budget", "GET /api/operations/{id}/funding/applications",
					"GET /operations/{id}/funding" -> MatrixRequest.get(onFu);
			case "PUT /api/operations/{id}/budget" -> MatrixRequest.json(onFu,
					"{\"lines\":[{\"category\":\"TRAVEL\",\"payer\":\"FI-CUSTOMS\",\"amount\":\"1200.50\"}]}");
			case "POST /api/operations/{id}/funding/applications" -> MatrixRequest.json(onFu,
					"{\"programme\":\"REG-515-97\",\"requested\":\"2500\"}");
			case "PATCH /api/funding/applications/{id}" -> MatrixRequest.json(
					"/api/funding/applications/" + scenario.id("APP"), "{\"documents\":\"Application form\"}");
			case "POST /operations/{id}/funding/applications" -> MatrixRequest.form(onFu,
					"programme=REG-515-97&requested=300");
			case "POST /operations/{id}/funding/self-funding" -> MatrixRequest.form(onFu, "note=Paid+by+DK");
			default -> null;
		});
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		var b = scenario.id("B");
		var organiser = scenario.bean(OperationRegister.class).circle(new OperationId(UUID.fromString(b))).organiser();
		var planner = scenario.bean(eu.jcohub.support.TestAccounts.class)
			.ensure("t.iso.funder." + organiser.toLowerCase(Locale.ROOT), organiser, eu.jcohub.access.Role.OPERATION_LEADER);
		var leader = Api.as(scenario.port(), planner);
		expect(leader.put("/api/operations/" + b + "/budget",
				"{\"lines\":[{\"category\":\"TRAVEL\",\"payer\":\"CENTRAL\",\"amount\":\"10\",\"note\":\"ISO-BUDGET-SECRET\"}]}"));
		expect(leader.post("/api/operations/" + b + "/funding/applications",
				"{\"programme\":\"REG-515-97\",\"requested\":\"10\",\"documents\":\"ISO-APPLICATION-SECRET\"}"));
		List.of("ISO-BUDGET-SECRET", "ISO-APPLICATION-SECRET").forEach(scenario::secret);
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return Optional.empty();
	}

	private static void expect(Api.Response response) {
		if (response.status() >= 300) {
			throw new IllegalStateException("B's funding record was refused: " + response.body());
		}
	}

	private static OperationPlan plan(String name, LocalDate start) {
		return new OperationPlan(name, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, Set.of("CASH"), Set.of("AIR"), Set.of(),
				List.of(new Phase(start, start.plusDays(9))), null);
	}
}
