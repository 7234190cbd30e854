package eu.jcohub.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OCU's messages: sent to all administrations taking part or to one, found in their people's notifications,
 * acknowledged once per administration, and the OCU sees who has not acknowledged.
 */
@IntegrationTest
class MessagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	private OperationId operation;

	@BeforeEach
	void runningOperationWithFinlandAndGermany() {
		accounts.ensure("t.ms.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.ms.ocu", "OLAF", Role.OCU_OPERATOR);
		accounts.ensure("t.ms.officer.fi", "FI-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure("t.ms.coordinator.fi", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.ensure("t.ms.officer.de", "DE-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure("t.ms.coordinator.pt", "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var today = LocalDate.now();
		var created = Api.as(port, "t.ms.leader.dk").post("/api/operations", Plans.json("MS-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI", "DE"), List.of("CIGARETTES"), List.of("ROAD"), today.minusDays(2),
				today.plusDays(4)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		operation = new OperationId(UUID.fromString(created.json().get("id").asText()));
		roles.assign(operation, "t.ms.ocu", OperationRole.OCU_OPERATOR);
		roles.assign(operation, "t.ms.leader.dk", OperationRole.LEADER);
	}

	@Test
	void aBroadcastReachesEveryAdministrationAndTheOcuSeesWhoHasNotAcknowledged() {
		var sent = Api.as(port, "t.ms.ocu").post(messages(), """
				{"text":"Container MSCU1234567 left Rotterdam for Gdansk, please check"}""");
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		var id = sent.json().get("id").asText();
		assertThat(names(sent.json().get("recipients"))).containsExactly("DE-CUSTOMS", "DK-CUSTOMS", "FI-CUSTOMS");

		var notifications = Api.as(port, "t.ms.officer.fi").get("/api/notifications").body();
		assertThat(notifications).contains("Message from the OCU of MS-", "MSCU1234567",
				"/operations/" + operation.value() + "/messages");

		var finnish = Api.as(port, "t.ms.officer.fi").get(messages()).json().get(0);
		assertThat(finnish.get("mayAcknowledge").asBoolean()).isTrue();
		assertThat(finnish.get("recipients")).as("who acknowledged is for the OCU").isEmpty();
		var acknowledged = Api.as(port, "t.ms.officer.fi").post("/api/messages/" + id + "/ack", "");
		assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
		assertThat(acknowledged.json().get("acknowledgedByMine").isNull()).isFalse();
		// A colleague acknowledging again changes nothing: the administration acknowledged once, by the officer.
		assertThat(Api.as(port, "t.ms.coordinator.fi").post("/api/messages/" + id + "/ack", "").status()).isEqualTo(200);

		var seenByOcu = Api.as(port, "t.ms.ocu").get(messages()).json().get(0);
		assertThat(seenByOcu.get("pending").asLong()).isEqualTo(2);
		var acknowledgements = new ArrayList<String>();
		seenByOcu.get("recipients").forEach(r -> acknowledgements.add(r.get("organisation").asText() + "="
				+ r.get("acknowledgedBy").asText("")));
		assertThat(acknowledgements).containsExactly("DE-CUSTOMS=", "DK-CUSTOMS=", "FI-CUSTOMS=t.ms.officer.fi");

		var page = FormSession.signedIn(port, "t.ms.ocu").get("/operations/" + operation.value() + "/messages").body();
		assertThat(page).contains("2 of 3 have not acknowledged yet", "Germany customs administration: not acknowledged yet");
	}

	@Test
	void aMessageToOneAdministrationIsForItAlone() {
		var sent = Api.as(port, "t.ms.leader.dk").post(messages(), """
				{"addressedTo":"DE-CUSTOMS","text":"Truck DE-AB-123 heading to Kiel"}""");
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		var id = sent.json().get("id").asText();
		assertThat(Api.as(port, "t.ms.officer.fi").get(messages()).body()).doesNotContain("DE-AB-123");
		assertThat(Api.as(port, "t.ms.officer.fi").get("/api/notifications").body()).doesNotContain("DE-AB-123");
		assertThat(Api.as(port, "t.ms.officer.fi").post("/api/messages/" + id + "/ack", "").status()).isEqualTo(403);
		assertThat(Api.as(port, "t.ms.officer.de").get("/api/notifications").body()).contains("DE-AB-123");
		assertThat(Api.as(port, "t.ms.officer.de").post("/api/messages/" + id + "/ack", "").status()).isEqualTo(200);
	}

	@Test
	void onlyTheLeaderAndTheOcuSendAndOutsidersSeeNothing() {
		assertThat(Api.as(port, "t.ms.coordinator.fi").post(messages(), "{\"text\":\"hello\"}").status()).isEqualTo(403);
		assertThat(Api.as(port, "t.ms.coordinator.pt").post(messages(), "{\"text\":\"hello\"}").status()).isEqualTo(403);
		var sent = Api.as(port, "t.ms.ocu").post(messages(), "{\"text\":\"Check the ferries\"}");
		var outsider = Api.as(port, "t.ms.coordinator.pt");
		assertThat(outsider.get(messages()).status()).isEqualTo(403);
		assertThat(outsider.post("/api/messages/" + sent.json().get("id").asText() + "/ack", "").status()).isEqualTo(403);
	}

	@Test
	void aMessageWithoutTextOrToAnAdministrationNotTakingPartIsRefusedByField() {
		var refused = Api.as(port, "t.ms.ocu").post(messages(), "{\"addressedTo\":\"PT-CUSTOMS\",\"text\":\" \"}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("Write the message.", "Choose an administration taking part");
		var form = FormSession.signedIn(port, "t.ms.ocu");
		var page = "/operations/" + operation.value() + "/messages";
		var answer = form.postForm(page, page, Map.of("addressedTo", "FI-CUSTOMS", "text", ""));
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("Write the message.", "id=\"text-error\"");
	}

	private String messages() {
		return "/api/operations/" + operation.value() + "/messages";
	}

	private static List<String> names(tools.jackson.databind.JsonNode recipients) {
		var names = new ArrayList<String>();
		recipients.forEach(r -> names.add(r.get("organisation").asText()));
		return names;
	}
}
