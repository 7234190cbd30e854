package eu.jcohub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The requests register through the API: who reads and moves a request (the two administrations, the partners it
 * involves, the leader and the OCU, and nobody else), what a police or judicial partner sees of the operation's
 * seizures, and bad input refused with nothing saved.
 */
@IntegrationTest
class NaplesRequestsTests {

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
	OperationId operation;

	@BeforeEach
	void operation() {
		people = new CooperationFixture(accounts);
		operation = people.operation(register, roles);
	}

	@Test
	void aRequestIsReadOnlyByTheTwoAdministrationsTheirInvolvedPartnerTheLeaderAndTheOcu() {
		var id = file(people.germanCustoms, """
				{"article":22,"requesting":"DE-CUSTOMS","requested":"PL-CUSTOMS","involved":["PL-PROSECUTION"],
				 "notes":"NAPLES-NOTES-SECRET"}""");

		for (var reader : List.of(people.germanCustoms, people.polishCustoms, people.polishProsecutor, people.leader,
				people.ocu)) {
			assertThat(requestsSeenBy(reader)).as(reader).containsExactly(id);
		}
		for (var outsider : List.of(people.finnishCustoms, people.germanPolice, people.secretariat)) {
			assertThat(requestsSeenBy(outsider)).as(outsider).isEmpty();
		}
		assertThat(Api.as(port, people.secretariat).get("/api/naples/statistics").body())
			.doesNotContain("NAPLES-NOTES-SECRET").contains("\"requests\"");
	}

	@Test
	void onlyTheAdministrationsTheLeaderAndTheOcuMoveARequestOn() {
		var id = file(people.germanCustoms, """
				{"article":21,"requesting":"DE-CUSTOMS","requested":"PL-CUSTOMS","involved":["PL-PROSECUTION"]}""");

		for (var refused : List.of(people.finnishCustoms, people.polishProsecutor, people.germanPolice, people.secretariat)) {
			assertThat(patch(refused, id, "{\"status\":\"SENT\"}").status()).as(refused).isEqualTo(403);
		}
		assertThat(patch(people.germanCustoms, id, "{\"status\":\"SENT\"}").status()).isEqualTo(200);
		var answered = patch(people.polishCustoms, id, "{\"status\":\"ACCEPTED\",\"outcome\":\"Agreed by the prosecutor\"}");
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.json().get("status").asText()).isEqualTo("ACCEPTED");
		assertThat(answered.json().get("answeredOn").asText()).isEqualTo(LocalDate.now().toString());
		assertThat(patch(people.ocu, id, "{\"status\":\"EXECUTED\"}").status()).isEqualTo(200);
		assertThat(patch(people.leader, id, "{\"status\":\"CLOSED\"}").json().get("status").asText()).isEqualTo("CLOSED");
	}

	@Test
	void aPolicePartnerSeesOnlyTheSeizuresLinkedToARequestInvolvingIt() {
		var linked = people.seizure(seizures, operation, "cigarettes for Poznań");
		var other = people.seizure(seizures, operation, "cigarettes for Berlin");
		assertThat(seizuresSeenBy(people.polishProsecutor)).isEmpty();

		file(people.ocu, """
				{"article":22,"requesting":"DE-CUSTOMS","requested":"PL-CUSTOMS","involved":["PL-PROSECUTION"],
				 "seizureReport":"%s"}""".formatted(linked));

		assertThat(seizuresSeenBy(people.polishProsecutor)).containsExactly(linked.toString());
		assertThat(Api.as(port, people.polishProsecutor).get("/api/seizures/" + linked).status()).isEqualTo(200);
		assertThat(Api.as(port, people.polishProsecutor).get("/api/seizures/" + other).status()).isEqualTo(403);
		assertThat(seizuresSeenBy(people.germanPolice)).isEmpty();
		assertThat(seizuresSeenBy(people.finnishCustoms)).containsExactlyInAnyOrder(linked.toString(), other.toString());
		// The field reports' own paths disclose the same, and no more.
		assertThat(fieldReportsSeenBy(people.polishProsecutor)).containsExactly(linked.toString());
		assertThat(Api.as(port, people.polishProsecutor).get("/api/reports/" + linked).status()).isEqualTo(200);
		assertThat(Api.as(port, people.polishProsecutor).get("/api/reports/" + other).status()).isEqualTo(403);
		assertThat(fieldReportsSeenBy(people.germanPolice)).isEmpty();
		assertThat(Api.as(port, people.germanPolice).get("/api/reports/" + linked).status()).isEqualTo(403);
	}

	private List<String> fieldReportsSeenBy(String user) {
		var ids = new ArrayList<String>();
		Api.as(port, user).get("/api/operations/" + operation.value() + "/reports").json()
			.forEach(report -> ids.add(report.get("id").asText()));
		return ids;
	}

	@Test
	void customsFileForTheirOwnAdministrationTheLeaderAndTheOcuForAny() {
		var refused = post(people.finnishCustoms, """
				{"article":22,"requesting":"DE-CUSTOMS","requested":"PL-CUSTOMS"}""");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get("requesting").asText()).contains("your own administration");
		assertThat(post(people.ocu, "{\"article\":22,\"requesting\":\"FI-CUSTOMS\",\"requested\":\"PL-CUSTOMS\"}").status())
			.isEqualTo(201);
		assertThat(post(people.germanPolice, "{\"article\":22,\"requesting\":\"DE-CUSTOMS\",\"requested\":\"PL-CUSTOMS\"}")
			.status()).isEqualTo(403);
	}

	@Test
	void badRequestsAreRefusedInWordsAndNothingIsSaved() {
		var sameState = post(people.germanCustoms, "{\"article\":22,\"requesting\":\"DE-CUSTOMS\",\"requested\":\"DE-CUSTOMS\"}");
		assertThat(sameState.status()).isEqualTo(422);
		assertThat(sameState.contentType()).contains("application/problem+json");
		assertThat(sameState.json().get("errors").get("requested").asText())
			.isEqualTo("an administration of another member state than the requesting one");
		var noArticle = post(people.germanCustoms, "{\"article\":25,\"requesting\":\"DE-CUSTOMS\",\"requested\":\"PL-CUSTOMS\"}");
		assertThat(noArticle.status()).isEqualTo(422);
		assertThat(noArticle.json().get("errors").get("article").asText()).contains("between 20 and 24");
		var notAPartner = post(people.germanCustoms,
				"{\"article\":22,\"requesting\":\"DE-CUSTOMS\",\"requested\":\"PL-CUSTOMS\",\"involved\":[\"FI-POLICE\"]}");
		assertThat(notAPartner.json().get("errors").get("involved").asText()).contains("partner organisation of the operation");
		assertThat(requestsSeenBy(people.leader)).isEmpty();
	}

	@Test
	void aStepOutOfOrderOrAnAnswerBeforeTheSendingDayChangesNothing() {
		var id = file(people.germanCustoms, """
				{"article":22,"requesting":"DE-CUSTOMS","requested":"PL-CUSTOMS","draftedOn":"%s"}"""
			.formatted(LocalDate.now().minusDays(5)));

		var outOfOrder = patch(people.polishCustoms, id, "{\"status\":\"ACCEPTED\"}");
		assertThat(outOfOrder.status()).isEqualTo(409);
		assertThat(outOfOrder.json().get("detail").asText()).contains("cannot become accepted");
		assertThat(patch(people.germanCustoms, id, "{\"status\":\"SENT\",\"date\":\"%s\"}"
			.formatted(LocalDate.now().minusDays(2))).status()).isEqualTo(200);
		var early = patch(people.polishCustoms, id, "{\"status\":\"REFUSED\",\"date\":\"%s\",\"outcome\":\"too late\"}"
			.formatted(LocalDate.now().minusDays(3)));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.json().get("errors").get("date").asText()).contains("not before");

		var stored = Api.as(port, people.leader).get("/api/operations/" + operation.value() + "/naples-requests").json().get(0);
		assertThat(stored.get("status").asText()).isEqualTo("SENT");
		assertThat(stored.get("answeredOn").isNull()).isTrue();
		assertThat(stored.get("outcome").isNull()).isTrue();
	}

	private String file(String user, String body) {
		var response = post(user, body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asText();
	}

	private Api.Response post(String user, String body) {
		return Api.as(port, user).post("/api/operations/" + operation.value() + "/naples-requests", body);
	}

	private Api.Response patch(String user, String id, String body) {
		return Api.as(port, user).send("PATCH", "/api/naples-requests/" + id, body);
	}

	private List<String> requestsSeenBy(String user) {
		var ids = new ArrayList<String>();
		Api.as(port, user).get("/api/operations/" + operation.value() + "/naples-requests").json()
			.forEach(request -> ids.add(request.get("id").asText()));
		return ids;
	}

	private List<String> seizuresSeenBy(String user) {
		var ids = new ArrayList<String>();
		Api.as(port, user).get("/api/operations/" + operation.value() + "/seizures").json()
			.forEach(report -> ids.add(report.get("id").asText()));
		return ids;
	}
}
