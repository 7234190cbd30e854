package eu.jcohub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Police and judicial partners on an operation: they see the operation, its Naples II requests they are involved in
 * and the seizures linked to them, and nothing else of it — on its page, through the other modules' API and in their
 * notifications. The customs administrations taking part and a partner body (Europol) keep what they had.
 */
@IntegrationTest
class PartnersOnOperationsTests {

	/** What other modules show on the operation's page, and the links to their parts. */
	private static final List<String> OTHER_PARTS = List.of("id=\"execution\"", "id=\"coordination\"",
			"id=\"conflicts\"", "id=\"funding\"", "id=\"lifecycle\"", "id=\"checklist\"", "id=\"invitations\"",
			"id=\"library\"", "id=\"reuse-link\"", "id=\"seizures-link\"", "id=\"naples-statistics\"",
			"id=\"naples-file\"", "/operations/{id}/picture", "/operations/{id}/messages", "/operations/{id}/reports",
			"/operations/{id}/funding", "/operations/{id}/clone", "/operations/{id}/seizures", "/library/{id}");

	/** The parts every customs administration taking part sees on the page of an operation in its proposal. */
	private static final List<String> PARTICIPANTS_PARTS = List.of("id=\"execution\"", "id=\"coordination\"",
			"id=\"conflicts\"", "id=\"funding\"", "id=\"lifecycle\"", "id=\"checklist\"", "id=\"naples\"",
			"id=\"seizures-link\"", "id=\"naples-statistics\"");

	/** The other modules' reads of the operation, {@code {id}} standing for it. */
	private static final List<String> OTHER_READS = List.of("/api/operations/{id}/conflicts",
			"/api/operations/{id}/budget", "/api/operations/{id}/funding/applications",
			"/api/operations/{id}/funding/eligibility", "/api/operations/{id}/funding/lead-times",
			"/api/operations/{id}/lifecycle", "/api/operations/{id}/history", "/api/operations/{id}/business-case",
			"/api/operations/{id}/objectives", "/api/operations/{id}/tasks", "/api/operations/{id}/statistics",
			"/api/operations/{id}/feed", "/api/operations/{id}/review", "/api/operations/{id}/messages",
			"/api/operations/{id}/phases", "/api/operations/{id}/risk-profiles", "/api/operations/{id}/report-matches",
			"/api/operations/{id}/not-reported");

	/** The same reads that a customs administration taking part makes while the operation is in its proposal. */
	private static final List<String> PARTICIPANTS_READS = List.of("/api/operations/{id}/conflicts",
			"/api/operations/{id}/budget", "/api/operations/{id}/funding/applications",
			"/api/operations/{id}/lifecycle", "/api/operations/{id}/objectives", "/api/operations/{id}/tasks",
			"/api/operations/{id}/messages", "/api/operations/{id}/phases", "/api/operations/{id}/risk-profiles");

	/** Pages of other modules for the operation. */
	private static final List<String> OTHER_PAGES = List.of("/operations/{id}/funding", "/operations/{id}/picture",
			"/operations/{id}/messages", "/operations/{id}/review", "/operations/{id}/business-case",
			"/operations/{id}/objectives", "/operations/{id}/clone", "/operations/{id}/reports",
			"/operations/{id}/risk-profiles", "/operations/{id}/naples-statistics");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	OperationRoles roles;

	@Autowired
	SeizureReports seizures;

	CooperationFixture people;
	String europol;
	OperationId operation;
	String operationName;
	UUID linked;
	UUID other;
	String prosecutorsRequest;
	String policeRequest;
	String customsRequest;

	@BeforeEach
	void operation() {
		people = new CooperationFixture(accounts);
		europol = accounts.ensure("t.np.observer.europol", "EUROPOL", Role.PARTNER_OBSERVER);
		operation = people.operation(register, roles, Set.of("DE-POLICE", "PL-PROSECUTION", "EUROPOL"));
		operationName = accounts.as(people.leader, () -> register.find(operation).plan().name());
		linked = people.seizure(seizures, operation, "cigarettes for Poznań");
		other = people.seizure(seizures, operation, "cigarettes for Berlin");
		prosecutorsRequest = file("""
				{"article":22,"requesting":"DE-CUSTOMS","requested":"PL-CUSTOMS","involved":["PL-PROSECUTION"],
				 "seizureReport":"%s"}""".formatted(linked));
		policeRequest = file("""
				{"article":21,"requesting":"DE-CUSTOMS","requested":"PL-CUSTOMS","involved":["DE-POLICE"]}""");
		customsRequest = file("""
				{"article":20,"requesting":"DE-CUSTOMS","requested":"FI-CUSTOMS","involved":[]}""");
	}

	@Test
	void aPoliceOrJudicialPartnerSeesOnTheOperationPageItsPlanAndItsRequestsAndNoOtherPart() {
		for (var partner : List.of(people.germanPolice, people.polishProsecutor)) {
			var page = FormSession.signedIn(port, partner).get("/operations/" + operation.value());
			assertThat(page.statusCode()).as(partner).isEqualTo(200);
			assertThat(page.body()).as(partner).contains(operationName).contains("id=\"details\"")
				.doesNotContain("id=\"details-hidden\"").contains("id=\"naples\"").doesNotContain(customsRequest);
			for (var part : OTHER_PARTS) {
				part = part.replace("{id}", operation.value().toString());
				assertThat(page.body()).as(partner + " " + part).doesNotContain(part);
			}
		}
		assertThat(FormSession.signedIn(port, people.polishProsecutor).get("/operations/" + operation.value()).body())
			.contains("/naples-requests/" + prosecutorsRequest).doesNotContain(policeRequest);
		assertThat(FormSession.signedIn(port, people.germanPolice).get("/operations/" + operation.value()).body())
			.contains("/naples-requests/" + policeRequest).doesNotContain(prosecutorsRequest);
	}

	@Test
	void aPoliceOrJudicialPartnerReadsTheOperationThroughTheApiButNoOtherModulesPartOfIt() {
		for (var partner : List.of(people.germanPolice, people.polishProsecutor)) {
			var api = Api.as(port, partner);
			var read = api.get("/api/operations/" + operation.value());
			assertThat(read.status()).as(partner).isEqualTo(200);
			assertThat(read.json().get("readAsPartner").asBoolean()).as(partner).isTrue();
			assertThat(read.json().get("detailsVisible").asBoolean()).as(partner).isFalse();
			assertThat(read.json().get("partnerOrganisations")).as(partner).isNotNull();
			assertThat(api.get("/api/operations/" + operation.value() + "/naples-requests").json()).as(partner).hasSize(1);
			for (var path : OTHER_READS) {
				var refused = api.get(path.replace("{id}", operation.value().toString()));
				assertThat(refused.status()).as(partner + " " + path).isIn(403, 404);
				assertThat(refused.contentType()).as(partner + " " + path).startsWith("application/problem+json");
			}
			var session = FormSession.signedIn(port, partner);
			for (var path : OTHER_PAGES) {
				assertThat(session.get(path.replace("{id}", operation.value().toString())).statusCode())
					.as(partner + " " + path).isIn(403, 404);
			}
		}
		// The seizures linked to its requests, and no other.
		var prosecutor = Api.as(port, people.polishProsecutor);
		assertThat(prosecutor.get("/api/seizures/" + linked).status()).isEqualTo(200);
		assertThat(prosecutor.get("/api/reports/" + linked).status()).isEqualTo(200);
		assertThat(prosecutor.get("/api/seizures/" + other).status()).isEqualTo(403);
		assertThat(prosecutor.get("/api/operations/" + operation.value() + "/reports").json()).hasSize(1);
		var reportPage = FormSession.signedIn(port, people.polishProsecutor).get("/reports/" + linked);
		assertThat(reportPage.statusCode()).isEqualTo(200);
		assertThat(reportPage.body()).contains("/naples-requests/" + prosecutorsRequest)
			.doesNotContain("/operations/" + operation.value() + "/reports");
		assertThat(Api.as(port, people.germanPolice).get("/api/operations/" + operation.value() + "/reports").json())
			.isEmpty();
	}

	@Test
	void aMessageToEveryoneTakingPartReachesTheCustomsAndEuropolButNotThePoliceOrJudicialPartners() {
		// Short words: the text is kept in the audit trail, whose page must still fit a phone.
		var text = "Convoy expected at dawn " + System.nanoTime() % 1_000_000;
		var sent = Api.as(port, people.leader).post("/api/operations/" + operation.value() + "/messages",
				"{\"text\":\"" + text + "\"}");
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);

		for (var reader : List.of(people.finnishCustoms, europol)) {
			assertThat(Api.as(port, reader).get("/api/notifications").body()).as(reader).contains(text);
		}
		for (var partner : List.of(people.germanPolice, people.polishProsecutor)) {
			assertThat(Api.as(port, partner).get("/api/notifications").body()).as(partner).doesNotContain(text);
			assertThat(FormSession.signedIn(port, partner).get("/notifications").body()).as(partner).doesNotContain(text);
		}
		assertThat(sent.body()).doesNotContain("DE-POLICE").doesNotContain("PL-PROSECUTION").contains("EUROPOL");
	}

	@Test
	void aCustomsParticipantAndEuropolKeepEveryPartTheyHad() {
		for (var reader : List.of(people.finnishCustoms, europol)) {
			var page = FormSession.signedIn(port, reader).get("/operations/" + operation.value()).body();
			for (var part : PARTICIPANTS_PARTS) {
				assertThat(page).as(reader + " " + part).contains(part);
			}
			var api = Api.as(port, reader);
			var read = api.get("/api/operations/" + operation.value()).json();
			assertThat(read.get("detailsVisible").asBoolean()).isTrue();
			assertThat(read.get("readAsPartner").asBoolean()).isFalse();
			for (var path : PARTICIPANTS_READS) {
				assertThat(api.get(path.replace("{id}", operation.value().toString())).status()).as(reader + " " + path)
					.isEqualTo(200);
			}
		}
		assertThat(Api.as(port, people.finnishCustoms).get("/api/operations/" + operation.value() + "/reports").json())
			.hasSize(2);
	}

	@Test
	void aPoliceOrJudicialPartnerFindsOnlyTheCalendarEntryInTheLibraryOfAnOperationThatHasRun() {
		var past = people.operation(register, roles, Set.of("DE-POLICE", "EUROPOL"), LocalDate.now().minusDays(40));
		assertThat(FormSession.signedIn(port, people.finnishCustoms).get("/operations/" + past.value()).body())
			.contains("id=\"library\"");
		assertThat(Api.as(port, people.finnishCustoms).get("/api/library/" + past.value()).json().get("readable")
			.asBoolean()).isTrue();
		var page = FormSession.signedIn(port, people.germanPolice).get("/operations/" + past.value()).body();
		assertThat(page).contains("id=\"details\"").doesNotContain("id=\"library\"").doesNotContain("/library/");
		// Its calendar entry, as anyone outside the operation's circle finds it there.
		var entry = Api.as(port, people.germanPolice).get("/api/library/" + past.value()).json();
		assertThat(entry.get("readable").asBoolean()).isFalse();
		assertThat(entry.get("mayUseAsTemplate").asBoolean()).isFalse();
		assertThat(entry.get("documents")).isEmpty();
	}

	private String file(String body) {
		var response = Api.as(port, people.ocu).post("/api/operations/" + operation.value() + "/naples-requests", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}
}
