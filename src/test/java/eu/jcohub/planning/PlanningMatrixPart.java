package eu.jcohub.planning;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.support.Api;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: operation PL (Danish with Finland, a proposal) with task T and invitations to Finland's and Portugal's
 * customs; operation PI whose invitations are answered (so that Portugal joining it changes nothing else); template
 * TPL. Isolation: B's business case, objectives, task, invitation message and lifecycle reason, each with a secret.
 */
class PlanningMatrixPart implements MatrixPart, IsolationPart {

	private static final String REGIONAL = "6c1f0a52-7d0e-4a53-9a70-000000000002";

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		var register = scenario.bean(OperationRegister.class);
		var pl = scenario.as(LEADER, () -> register.table(plan("M-PL", LocalDate.of(2066, 3, 1))).id());
		var pi = scenario.as(LEADER, () -> register.table(plan("M-PI", LocalDate.of(2067, 3, 1))).id());
		scenario.name("PL", pl);
		scenario.name("PI", pi);
		var checklists = scenario.bean(Checklists.class);
		scenario.name("T", scenario.as(LEADER, () -> checklists.add(pl, new TaskDraft("Book the venue", "LOGISTICS",
				"2066-01-10", null, null)).id()));
		var invitations = scenario.bean(Invitations.class);
		var toPl = scenario.as(LEADER, () -> invitations.invite(pl, Set.of("FI-CUSTOMS", "PT-CUSTOMS"), "Join us"));
		scenario.name("I.PT", id(toPl, "PT-CUSTOMS"));
		var toPi = scenario.as(LEADER, () -> invitations.invite(pi, Set.of("FI-CUSTOMS", "PT-CUSTOMS"), "Join us"));
		scenario.name("I.FI.PI", id(toPi, "FI-CUSTOMS"));
		scenario.name("I.PT.PI", id(toPi, "PT-CUSTOMS"));
		scenario.name("TPL", scenario.as("m.secretariat", () -> scenario.bean(ChecklistTemplates.class)
			.create("M-TEMPLATE", UUID.fromString(REGIONAL)).id()));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var pl = scenario.id("PL");
		int n = scenario.next();
		var onPl = pattern.replace("{id}", pl);
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/operations/{id}/lifecycle", "GET /api/operations/{id}/history",
					"GET /api/operations/{id}/business-case", "GET /api/operations/{id}/objectives",
					"GET /api/operations/{id}/tasks", "GET /api/operations/{id}/invitations",
					"GET /operations/{id}/business-case", "GET /operations/{id}/objectives", "GET /operations/{id}/clone" ->
				MatrixRequest.get(onPl);
			case "POST /api/operations/{id}/transitions" -> MatrixRequest.json(onPl, "{\"to\":\"BUSINESS_CASE\"}");
			case "PUT /api/operations/{id}/business-case" -> MatrixRequest.json(onPl, "{\"threatBasis\":\"Smuggling\"}");
			case "PUT /api/operations/{id}/objectives" -> MatrixRequest.json(onPl,
					"{\"objectives\":[{\"description\":\"Controls\",\"metric\":\"CONTROLS\",\"target\":100}]}");
			case "POST /api/operations/{id}/tasks" -> MatrixRequest.json(onPl,
					"{\"title\":\"Matrix task\",\"due\":\"2066-01-01\"}");
			case "POST /api/operations/{id}/checklist" -> MatrixRequest.json(onPl, "{\"template\":\"" + REGIONAL + "\"}");
			case "PATCH /api/tasks/{id}" -> MatrixRequest.json("/api/tasks/" + scenario.id("T"), "{\"state\":\"IN_PROGRESS\"}");
			case "POST /api/operations/{id}/invitations" -> MatrixRequest.json(onPl, "{\"organisations\":[\"DE-CUSTOMS\"]}");
			case "POST /api/invitations/{id}/accept" -> MatrixRequest.json("/api/invitations/" + scenario.id("I.FI.PI")
					+ "/accept", "{\"contactPoints\":\"FI desk\",\"offices\":\"Helsinki\"}");
			case "POST /api/invitations/{id}/decline" -> MatrixRequest.json("/api/invitations/" + scenario.id("I.FI.PI")
					+ "/decline", "{\"reason\":\"NO_RESOURCES\"}");
			case "POST /api/operations/{id}/clone" -> MatrixRequest.json(onPl,
					"{\"name\":\"M-CLONE-" + n + "\",\"firstDay\":\"2068-01-0" + (1 + n % 9) + "\"}");
			case "GET /api/checklist-templates/{id}", "GET /planning/templates/{id}" ->
				MatrixRequest.get(pattern.replace("{id}", scenario.id("TPL")));
			case "POST /api/checklist-templates" -> MatrixRequest.json(pattern,
					"{\"name\":\"M-TEMPLATE-" + n + "\",\"copyOf\":\"" + REGIONAL + "\"}");
			case "PUT /api/checklist-templates/{id}" -> MatrixRequest.json("/api/checklist-templates/" + scenario.id("TPL"),
					"{\"name\":\"M-TEMPLATE\",\"version\":0,\"items\":[{\"title\":\"Invite\",\"category\":\"PARTICIPATION\","
							+ "\"amount\":-2,\"unit\":\"MONTHS\",\"anchor\":\"FIRST_DAY\"}]}");
			case "POST /operations/{id}/transitions" -> MatrixRequest.form(onPl, "to=BUSINESS_CASE");
			case "POST /operations/{id}/business-case" -> MatrixRequest.form(onPl, "threatBasis=Smuggling");
			case "POST /operations/{id}/objectives" -> MatrixRequest.form(onPl,
					"objectives%5B0%5D.description=Controls&objectives%5B0%5D.metric=CONTROLS&objectives%5B0%5D.target=100");
			case "POST /operations/{id}/checklist" -> MatrixRequest.form(onPl, "template=" + REGIONAL);
			case "POST /operations/{id}/tasks" -> MatrixRequest.form(onPl, "title=Matrix+task&due=2066-01-01");
			case "POST /tasks/{id}" -> MatrixRequest.form("/tasks/" + scenario.id("T"), "state=IN_PROGRESS");
			case "POST /operations/{id}/invitations" -> MatrixRequest.form(onPl, "organisations=DE-CUSTOMS");
			case "GET /invitations/{id}" -> MatrixRequest.get("/invitations/" + scenario.id("I.PT"));
			case "POST /invitations/{id}/accept" -> MatrixRequest.form("/invitations/" + scenario.id("I.PT.PI") + "/accept",
					"contactPoints=PT+desk&offices=Lisbon");
			case "POST /invitations/{id}/decline" -> MatrixRequest.form("/invitations/" + scenario.id("I.PT.PI")
					+ "/decline", "reason=NO_RESOURCES");
			case "POST /operations/{id}/clone" -> MatrixRequest.form(onPl,
					"name=M-CLONE-P-" + n + "&firstDay=2068-02-0" + (1 + n % 9));
			case "POST /planning/templates" -> MatrixRequest.form(pattern, "name=M-TEMPLATE-P-" + n);
			case "POST /planning/templates/{id}" -> MatrixRequest.form("/planning/templates/" + scenario.id("TPL"),
					"version=0&name=M-TEMPLATE&items%5B0%5D.title=Invite&items%5B0%5D.category=PARTICIPATION"
							+ "&items%5B0%5D.amount=-2&items%5B0%5D.unit=MONTHS&items%5B0%5D.anchor=FIRST_DAY");
			default -> null;
		});
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		var b = scenario.id("B");
		// Someone who plans B: a leader of its organiser.
		var organiser = scenario.bean(OperationRegister.class).circle(new eu.jcohub.shared.OperationId(UUID.fromString(b)))
			.organiser();
		var planner = scenario.bean(eu.jcohub.support.TestAccounts.class)
			.ensure("t.iso.planner." + organiser.toLowerCase(java.util.Locale.ROOT), organiser,
					eu.jcohub.access.Role.OPERATION_LEADER);
		var leader = Api.as(scenario.port(), planner);
		expect(leader.put("/api/operations/" + b + "/business-case", """
				{"threatBasis":"ISO-BC-SECRET","threatAssessment":"OCTA","objectives":"o","expectedParticipants":["AT"],
				 "riskAreas":["CIGARETTES"],"budgetEstimateEur":1,"plannedStart":"2025-05-01","plannedEnd":"2025-05-10"}"""));
		expect(leader.put("/api/operations/" + b + "/objectives",
				"{\"objectives\":[{\"description\":\"ISO-OBJ-SECRET\",\"metric\":\"CONTROLS\",\"target\":5}]}"));
		expect(leader.post("/api/operations/" + b + "/tasks", "{\"title\":\"ISO-TASK-SECRET\",\"due\":\"2025-04-01\"}"));
		var invited = leader.post("/api/operations/" + b + "/invitations",
				"{\"organisations\":[\"AT-CUSTOMS\"],\"message\":\"ISO-INVITE-SECRET\"}");
		expect(invited);
		scenario.name("B.invitation", invited.json().get(0).get("id").asString());
		expect(leader.post("/api/operations/" + b + "/transitions",
				"{\"to\":\"BUSINESS_CASE\",\"reason\":\"ISO-REASON-SECRET\"}"));
		List.of("ISO-BC-SECRET", "ISO-OBJ-SECRET", "ISO-TASK-SECRET", "ISO-INVITE-SECRET", "ISO-REASON-SECRET")
			.forEach(scenario::secret);
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		if (pattern.startsWith("/invitations/")) {
			return Optional.of(pattern.replace("{id}", scenario.id("B.invitation")));
		}
		if (pattern.equals("/api/checklist-templates/{id}") || pattern.equals("/planning/templates/{id}")) {
			return Optional.of(pattern.replace("{id}", REGIONAL));
		}
		return Optional.empty();
	}

	private static void expect(Api.Response response) {
		if (response.status() >= 300) {
			throw new IllegalStateException("B's planning record was refused: " + response.body());
		}
	}

	private static String id(List<Invitation> invitations, String organisation) {
		return invitations.stream().filter(i -> i.organisation().equals(organisation)).findFirst().orElseThrow().id()
			.toString();
	}

	private static OperationPlan plan(String name, LocalDate start) {
		return new OperationPlan(name, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, Set.of("CASH"), Set.of("AIR"), Set.of(),
				List.of(new Phase(start, start.plusDays(9))), null);
	}

}
