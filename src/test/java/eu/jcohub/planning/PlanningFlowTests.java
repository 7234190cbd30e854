package eu.jcohub.planning;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Planning through the API as its people use it: the lifecycle with its guards and history, the business case
 * approved or returned by the secretariat, invitations answered by each role, and refusals that leave nothing
 * stored.
 */
@IntegrationTest
class PlanningFlowTests {

	private static final AtomicInteger NAMES = new AtomicInteger();
	private static final String BUSINESS_CASE = """
			{"threatBasis":"Cigarettes on ro-ro ferries","threatAssessment":"OCTA 2026","objectives":"Detect smuggling",
			 "expectedParticipants":["FI","DE"],"riskAreas":["CIGARETTES"],"transportModes":["ROAD"],
			 "budgetEstimateEur":80000,"plannedStart":"2071-03-01","plannedEnd":"2071-03-10"}""";
	private static final String OBJECTIVES = """
			{"objectives":[{"description":"Seize cigarettes","metric":"QUANTITY_SEIZED","riskArea":"CIGARETTES",
			  "unit":"STICKS","target":2000000},
			 {"description":"Share intelligence","metric":"ASSESSED_MANUALLY"}]}""";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FacilitatorBoard board;

	String leader;
	String secretariat;
	String coordinatorFi;
	String coordinatorDe;
	String outsider;

	@BeforeEach
	void people() {
		leader = accounts.leaderDk();
		secretariat = accounts.secretariat();
		coordinatorFi = accounts.coordinatorFi();
		coordinatorDe = accounts.ensure("t.coordinator.de", "DE-CUSTOMS", Role.NATIONAL_COORDINATOR);
		outsider = accounts.coordinatorPt();
	}

	@Test
	void aProposalReachesPreparationThroughAnApprovedBusinessCaseAndAnAcceptedInvitation() {
		var id = proposal();
		var refused = move(leader, id, "BUSINESS_CASE", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("No business case has been written yet")
			.contains("No measurable objective has been set");

		assertThat(api(leader).put("/api/operations/" + id + "/business-case", BUSINESS_CASE).status()).isEqualTo(200);
		assertThat(api(leader).put("/api/operations/" + id + "/objectives", OBJECTIVES).status()).isEqualTo(200);
		assertThat(move(leader, id, "BUSINESS_CASE", "Ready for review").status()).isEqualTo(200);
		assertThat(move(secretariat, id, "FUNDING", "Approved at the meeting of 3 March").status()).isEqualTo(200);
		assertThat(api(leader).get("/api/operations/" + id + "/business-case").json().get("state").asString())
			.isEqualTo("APPROVED");

		var noParticipant = move(leader, id, "PREPARATION", null);
		assertThat(noParticipant.status()).isEqualTo(409);
		assertThat(noParticipant.json().get("detail").asString()).contains("No confirmed participant");

		var invitations = api(leader).post("/api/operations/" + id + "/invitations",
				"{\"organisations\":[\"FI-CUSTOMS\",\"DE-CUSTOMS\"],\"message\":\"Join us\"}");
		assertThat(invitations.status()).isEqualTo(201);
		var fi = invitationOf(invitations.json(), "FI-CUSTOMS");
		assertThat(api(coordinatorFi).post("/api/invitations/" + fi + "/accept",
				"{\"contactPoints\":\"FI desk, +358 0000\",\"borderPoints\":[\"BCP-FI-VAALIMAA\"]}").status()).isEqualTo(200);

		var unfunded = move(leader, id, "PREPARATION", "Self-funded");
		assertThat(unfunded.status()).isEqualTo(409);
		assertThat(unfunded.json().get("detail").asString()).contains("The operation is not funded yet");
		assertThat(api(leader).put("/api/operations/" + id + "/budget",
				"{\"lines\":[],\"selfFunded\":true,\"selfFundingNote\":\"Paid by the administrations\"}").status())
			.isEqualTo(200);

		var prepared = move(leader, id, "PREPARATION", "Self-funded");
		assertThat(prepared.status()).isEqualTo(200);
		assertThat(prepared.json().get("status").asString()).isEqualTo("PREPARATION");

		var history = api(leader).get("/api/operations/" + id + "/history").json();
		assertThat(history).hasSize(4);
		assertThat(history.get(0).get("to").asString()).isEqualTo("PROPOSAL");
		assertThat(history.get(2).get("from").asString()).isEqualTo("BUSINESS_CASE");
		assertThat(history.get(2).get("to").asString()).isEqualTo("FUNDING");
		assertThat(history.get(2).get("by").asString()).isEqualTo(secretariat);
		assertThat(history.get(2).get("reason").asString()).isEqualTo("Approved at the meeting of 3 March");
		assertThat(history.get(3).get("at").asString()).isNotBlank();
	}

	@Test
	void stepsOutOfOrderOrBelongingToTheExecutionAreRefusedWithTheirReasonAndChangeNothing() {
		var id = proposal();
		var outOfOrder = move(leader, id, "FUNDING", null);
		assertThat(outOfOrder.status()).isEqualTo(409);
		assertThat(outOfOrder.contentType()).contains("application/problem+json");
		assertThat(outOfOrder.json().get("detail").asString())
			.isEqualTo("From “Proposal” an operation cannot go to “Funding”; it goes on to: Business case, Cancelled.");
		assertThat(move(leader, id, "OPERATIONAL", null).status()).isEqualTo(409);
		var unknown = move(leader, id, "FINISHED", null);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("errors").has("to")).isTrue();
		assertThat(move(outsider, id, "CANCELLED", "not mine").status()).isEqualTo(403);

		assertThat(status(id)).isEqualTo("PROPOSAL");
		assertThat(api(leader).get("/api/operations/" + id + "/history").json()).hasSize(1);
	}

	@Test
	void onlyTheSecretariatApprovesAndReturningTheBusinessCaseNeedsItsComments() {
		var id = submitted();
		assertThat(move(leader, id, "FUNDING", "approve myself").status()).isEqualTo(403);
		var withoutComments = move(secretariat, id, "PROPOSAL", "  ");
		assertThat(withoutComments.status()).isEqualTo(422);
		assertThat(withoutComments.json().get("errors").has("reason")).isTrue();
		assertThat(status(id)).isEqualTo("BUSINESS_CASE");

		assertThat(move(secretariat, id, "PROPOSAL", "Name the threat assessment's chapter").status()).isEqualTo(200);
		var returned = api(leader).get("/api/operations/" + id + "/business-case").json();
		assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
		assertThat(returned.get("reviewComments").asString()).isEqualTo("Name the threat assessment's chapter");
		assertThat(api(leader).put("/api/operations/" + id + "/business-case", BUSINESS_CASE).status()).isEqualTo(200);
	}

	@Test
	void eachRoleAnswersOnlyItsOwnInvitationWithAReasonFromTheList() {
		var id = submitted();
		var sent = api(leader).post("/api/operations/" + id + "/invitations",
				"{\"organisations\":[\"FI-CUSTOMS\",\"DE-CUSTOMS\"]}").json();
		var fi = invitationOf(sent, "FI-CUSTOMS");
		var de = invitationOf(sent, "DE-CUSTOMS");

		assertThat(api(outsider).get("/api/operations/" + id + "/invitations").status()).isEqualTo(403);
		assertThat(api(coordinatorDe).post("/api/invitations/" + fi + "/accept",
				"{\"contactPoints\":\"x\",\"offices\":\"y\"}").status()).isEqualTo(403);
		var officer = accounts.ensure("t.officer.fi", "FI-CUSTOMS", Role.FIELD_OFFICER);
		assertThat(api(officer).post("/api/invitations/" + fi + "/accept",
				"{\"contactPoints\":\"x\",\"offices\":\"y\"}").status()).isEqualTo(403);
		assertThat(api(coordinatorDe).get("/api/operations/" + id + "/invitations").json()).hasSize(1);
		assertThat(api(coordinatorFi).get("/api/invitations").body()).contains(fi).doesNotContain(de);

		var unknownReason = api(coordinatorDe).post("/api/invitations/" + de + "/decline", "{\"reason\":\"BORED\"}");
		assertThat(unknownReason.status()).isEqualTo(422);
		assertThat(unknownReason.json().get("errors").has("reason")).isTrue();
		var otherWithoutNote = api(coordinatorDe).post("/api/invitations/" + de + "/decline", "{\"reason\":\"OTHER\"}");
		assertThat(otherWithoutNote.status()).isEqualTo(422);
		assertThat(otherWithoutNote.json().get("errors").has("note")).isTrue();
		var noBorderPoint = api(coordinatorFi).post("/api/invitations/" + fi + "/accept", "{\"contactPoints\":\"FI desk\"}");
		assertThat(noBorderPoint.status()).isEqualTo(422);
		assertThat(stateOf(id, "DE-CUSTOMS")).isEqualTo("OPEN");
		assertThat(stateOf(id, "FI-CUSTOMS")).isEqualTo("OPEN");

		assertThat(api(coordinatorDe).post("/api/invitations/" + de + "/decline",
				"{\"reason\":\"OVERLAPPING_NATIONAL_OPERATION\",\"note\":\"Our own operation runs then\"}").status())
			.isEqualTo(200);
		assertThat(api(coordinatorFi).post("/api/invitations/" + fi + "/accept",
				"{\"contactPoints\":\"FI desk\",\"borderPoints\":[\"BCP-FI-VAALIMAA\"]}").status()).isEqualTo(200);
		assertThat(api(coordinatorFi).post("/api/invitations/" + fi + "/decline", "{\"reason\":\"NO_FUNDING\"}").status())
			.isEqualTo(409);

		var seenByLeader = api(leader).get("/api/operations/" + id + "/invitations").json();
		assertThat(seenByLeader).hasSize(2);
		var declined = invitation(seenByLeader, "DE-CUSTOMS");
		assertThat(declined.get("declineReason").asString()).isEqualTo("OVERLAPPING_NATIONAL_OPERATION");
		assertThat(declined.get("declineNote").asString()).isEqualTo("Our own operation runs then");
		assertThat(invitation(seenByLeader, "FI-CUSTOMS").get("borderPoints").get(0).asString()).isEqualTo("BCP-FI-VAALIMAA");
		assertThat(api(leader).get("/api/notifications?limit=50").body()).contains("declined the invitation to")
			.contains("accepted the invitation to");
	}

	@Test
	void anAcceptedInvitationMakesTheAdministrationsCountryAParticipant() {
		var id = proposal();
		var sent = api(leader).post("/api/operations/" + id + "/invitations", "{\"organisations\":[\"PT-CUSTOMS\"]}").json();
		assertThat(api(outsider).get("/api/operations/" + id).json().get("detailsVisible").asBoolean()).isFalse();
		assertThat(api(outsider).post("/api/invitations/" + invitationOf(sent, "PT-CUSTOMS") + "/accept",
				"{\"contactPoints\":\"PT desk\",\"offices\":\"Lisbon airport\"}").status()).isEqualTo(200);
		var operation = api(outsider).get("/api/operations/" + id).json();
		assertThat(operation.get("participants").toString()).contains("PT");
		assertThat(operation.get("detailsVisible").asBoolean()).isTrue();
	}

	@Test
	void aDeclinedInvitationTakesTheCountryOffTheParticipants() {
		var id = proposal();
		var sent = api(leader).post("/api/operations/" + id + "/invitations", "{\"organisations\":[\"DE-CUSTOMS\"]}").json();
		assertThat(api(leader).get("/api/operations/" + id).json().get("participants").toString()).contains("DE");
		assertThat(api(coordinatorDe).post("/api/invitations/" + invitationOf(sent, "DE-CUSTOMS") + "/decline",
				"{\"reason\":\"NO_RESOURCES\"}").status()).isEqualTo(200);
		var participants = api(leader).get("/api/operations/" + id).json().get("participants").toString();
		assertThat(participants).contains("FI").doesNotContain("DE");
		assertThat(stateOf(id, "DE-CUSTOMS")).isEqualTo("DECLINED");
	}

	@Test
	void anOperationOfAnotherBodyHasNoLifecycleAndCancellingSaysWhy() {
		var tabled = api(secretariat).post("/api/operations", """
				{"name":"OTHER-%d","type":"OTHER_BODY","organiser":"FRONTEX","participants":["FI"],
				 "competence":"SHARED","domain":"CRIME_PREVENTION","riskAreas":["CIGARETTES"],
				 "phases":[{"start":"2071-05-01","end":"2071-05-07"}]}""".formatted(NAMES.incrementAndGet()));
		assertThat(tabled.status()).as(tabled.body()).isEqualTo(201);
		var other = move(secretariat, tabled.json().get("id").asString(), "PROPOSAL", null);
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.json().get("detail").asString()).contains("no lifecycle here");

		var id = proposal();
		assertThat(move(leader, id, "CANCELLED", null).status()).isEqualTo(422);
		assertThat(move(leader, id, "CANCELLED", "Merged into the full-scale JCO").status()).isEqualTo(200);
		var complete = move(leader, id, "PROPOSAL", "again");
		assertThat(complete.status()).isEqualTo(409);
		assertThat(complete.json().get("detail").asString()).contains("lifecycle is complete");
	}

	@Test
	void theOwnersOfATaskChangeItsStateAndOthersMayNot() {
		var id = proposal();
		var tasks = api(leader).post("/api/operations/" + id + "/checklist", "{\"template\":\"6c1f0a52-7d0e-4a53-9a70-000000000002\"}");
		assertThat(tasks.status()).isEqualTo(201);
		assertThat(tasks.json()).hasSize(14);
		var task = tasks.json().get(0).get("id").asString();
		assertThat(api(coordinatorFi).send("PATCH", "/api/tasks/" + task, "{\"state\":\"DONE\"}").status()).isEqualTo(403);
		var unknown = api(leader).send("PATCH", "/api/tasks/" + task, "{\"state\":\"FINISHED\"}");
		assertThat(unknown.status()).isEqualTo(422);
		var done = api(leader).send("PATCH", "/api/tasks/" + task, "{\"state\":\"DONE\"}");
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("doneBy").asString()).isEqualTo(leader);
		var stale = api(leader).send("PATCH", "/api/tasks/" + task, "{\"state\":\"OPEN\",\"version\":0}");
		assertThat(stale.status()).isEqualTo(409);
	}

	@Test
	void useAsTemplateStartsANewProposalWithTheChecklistReDatedAndTheObjectives() {
		var id = proposal();
		api(leader).post("/api/operations/" + id + "/checklist", "{\"template\":\"6c1f0a52-7d0e-4a53-9a70-000000000002\"}");
		api(leader).put("/api/operations/" + id + "/objectives", OBJECTIVES);
		var first = api(leader).get("/api/operations/" + id + "/tasks").json().get(0).get("id").asString();
		api(leader).send("PATCH", "/api/tasks/" + first, "{\"state\":\"DONE\"}");

		var clone = api(leader).post("/api/operations/" + id + "/clone",
				"{\"name\":\"CLONE-" + NAMES.incrementAndGet() + "\",\"firstDay\":\"2072-03-31\"}");
		assertThat(clone.status()).as(clone.body()).isEqualTo(201);
		var copy = clone.json().get("id").asString();
		assertThat(clone.json().get("status").asString()).isEqualTo("PROPOSAL");

		var tasks = api(leader).get("/api/operations/" + copy + "/tasks").json();
		assertThat(tasks).hasSize(14);
		assertThat(tasks.valueStream().map(task -> task.get("state").asString()).distinct().toList())
			.containsExactly("OPEN");
		// "Proposal agreed", 9 months before the first day of 31 March 2072.
		assertThat(tasks.get(0).get("due").asString()).isEqualTo("2071-06-30");
		assertThat(api(leader).get("/api/operations/" + copy + "/objectives").json().toString())
			.contains("Seize cigarettes").contains("Share intelligence");
		assertThat(api(leader).post("/api/operations/" + id + "/clone", "{\"name\":\" \",\"firstDay\":\"soon\"}")
			.json().get("errors").toString()).contains("name").contains("firstDay");
	}

	@Test
	void theFacilitatorBoardShowsOperationsInPlanningToTheFacilitatorOnly() {
		var id = submitted();
		var facilitator = accounts.ensure("t.facilitator", "FACILITATION", Role.FACILITATOR);
		var board = api(facilitator).get("/api/planning/board?status=BUSINESS_CASE");
		assertThat(board.status()).isEqualTo(200);
		assertThat(board.body()).contains(id).contains("\"funding\":\"No budget yet\"");
		assertThat(api(leader).get("/api/planning/board").status()).isEqualTo(403);
		assertThat(api(facilitator).get("/api/planning/coverage").json()).hasSize(2);
	}

	@Test
	void aCancelledOperationsFollowUpTasksLeaveTheBoardsFollowUp() {
		var id = proposal();
		var title = "Debriefing of " + id;
		assertThat(api(leader).post("/api/operations/" + id + "/tasks",
				"{\"title\":\"" + title + "\",\"category\":\"FOLLOW_UP\",\"due\":\"2020-01-15\"}").status())
			.isEqualTo(201);
		var facilitator = accounts.ensure("t.facilitator", "FACILITATION", Role.FACILITATOR);
		assertThat(followUpTitles(facilitator)).contains(title);

		assertThat(move(leader, id, "CANCELLED", "Merged into the full-scale JCO").status()).isEqualTo(200);
		assertThat(followUpTitles(facilitator)).doesNotContain(title);
	}

	@Test
	void someoneWhoMayNotPlanIsRefusedBeforeWhatTheySentIsReadAndTheRefusalNamesNoOwner() {
		var id = proposal();
		var tasks = api(leader).post("/api/operations/" + id + "/checklist",
				"{\"template\":\"6c1f0a52-7d0e-4a53-9a70-000000000002\"}").json();
		var task = tasks.get(0).get("id").asString();
		var api = api(outsider);
		var answers = List.of(api.put("/api/operations/" + id + "/business-case", "{\"budgetEstimateEur\":-5}"),
				api.put("/api/operations/" + id + "/objectives", "{\"objectives\":[{\"metric\":\"NOPE\"}]}"),
				api.post("/api/operations/" + id + "/tasks", "{}"),
				api.post("/api/operations/" + id + "/checklist", "{\"template\":\"00000000-0000-0000-0000-000000000000\"}"),
				api.post("/api/operations/" + id + "/invitations", "{}"),
				api.post("/api/operations/" + id + "/transitions", "{\"to\":\"NOPE\"}"),
				api.post("/api/operations/" + id + "/clone", "{}"),
				api.send("PATCH", "/api/tasks/" + task, "{\"state\":\"NOPE\"}"));
		for (var answer : answers) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(403);
			assertThat(answer.body()).doesNotContain("DK-CUSTOMS").doesNotContain("Denmark").doesNotContain("Danish");
		}
	}

	private List<String> followUpTitles(String facilitator) {
		return accounts.as(facilitator, () -> board.followUp().stream()
			.flatMap(followUp -> followUp.items().stream())
			.map(FollowUpItem::text)
			.toList());
	}

	private String proposal() {
		var start = LocalDate.of(2071, 3, 1).plusDays(NAMES.incrementAndGet() % 200);
		var created = api(leader).post("/api/operations", Plans.json("PLAN-" + NAMES.get() + "-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI", "DE"), List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(9)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String submitted() {
		var id = proposal();
		api(leader).put("/api/operations/" + id + "/business-case", BUSINESS_CASE);
		api(leader).put("/api/operations/" + id + "/objectives", OBJECTIVES);
		assertThat(move(leader, id, "BUSINESS_CASE", null).status()).isEqualTo(200);
		return id;
	}

	private Api.Response move(String who, String id, String to, String reason) {
		var body = reason == null ? "{\"to\":\"" + to + "\"}" : "{\"to\":\"" + to + "\",\"reason\":\"" + reason + "\"}";
		return api(who).post("/api/operations/" + id + "/transitions", body);
	}

	private String status(String id) {
		return api(leader).get("/api/operations/" + id).json().get("status").asString();
	}

	private String stateOf(String operation, String organisation) {
		return invitation(api(leader).get("/api/operations/" + operation + "/invitations").json(), organisation)
			.get("state").asString();
	}

	private static String invitationOf(JsonNode invitations, String organisation) {
		return invitation(invitations, organisation).get("id").asString();
	}

	private static JsonNode invitation(JsonNode invitations, String organisation) {
		return invitations.valueStream().filter(i -> i.get("organisation").asString().equals(organisation)).findFirst()
			.orElseThrow();
	}

	private Api api(String username) {
		return Api.as(port, username);
	}
}
