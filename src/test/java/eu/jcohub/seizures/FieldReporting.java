package eu.jcohub.seizures;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A running test operation for field reporting: Danish-led, Finland taking part, an OCU operator of OLAF, two
 * planned phases, its locations in Aarhus and Helsinki; brought to preparation and its first phase opened by the
 * OCU.
 */
public final class FieldReporting {

	public static final String LEADER = "t.fr.leader.dk";
	public static final String OCU = "t.fr.ocu";
	public static final String OFFICER_FI = "t.fr.officer.fi";
	public static final String OFFICER_FI2 = "t.fr.officer.fi2";
	public static final String OFFICER_DK = "t.fr.officer.dk";
	public static final String OFFICER_PT = "t.fr.officer.pt";
	public static final String COORDINATOR_FI = "t.fr.coordinator.fi";

	public final int port;
	public final String operationId;

	private FieldReporting(int port, String operationId) {
		this.port = port;
		this.operationId = operationId;
	}

	public static FieldReporting running(int port, TestAccounts accounts, OperationRoles roles, JdbcClient jdbc) {
		accounts.ensure(LEADER, "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure(OCU, "OLAF", Role.OCU_OPERATOR);
		accounts.ensure(OFFICER_FI, "FI-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure(OFFICER_FI2, "FI-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure(OFFICER_DK, "DK-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure(OFFICER_PT, "PT-CUSTOMS", Role.FIELD_OFFICER);
		accounts.ensure(COORDINATOR_FI, "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var today = LocalDate.now();
		var created = Api.as(port, LEADER).post("/api/operations", """
				{"name":"FR-%d","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK","participants":["FI"],
				 "partnerOrganisations":["OLAF"],"competence":"EXCLUSIVE_EU","domain":"CUSTOMS",
				 "riskAreas":["CIGARETTES","ALCOHOL"],"transportModes":["MARITIME_RORO","ROAD"],
				 "locations":["DKAAR","FIHEL"],
				 "phases":[{"start":"%s","end":"%s"},{"start":"%s","end":"%s"}],
				 "objectives":"Test objectives","contactPoint":"ocu@example.eu"}"""
			.formatted(System.nanoTime(), today.minusDays(1), today.plusDays(3), today.plusDays(10), today.plusDays(15)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var id = created.json().get("id").asText();
		var operation = new OperationId(UUID.fromString(id));
		roles.assign(operation, OCU, OperationRole.OCU_OPERATOR);
		roles.assign(operation, LEADER, OperationRole.LEADER);
		// The way to preparation (business case, funding) is planning's story, tested there.
		jdbc.sql("update operations set status = 'PREPARATION' where id = ?").param(operation.value()).update();
		var invitations = Api.as(port, LEADER).post("/api/operations/" + id + "/invitations",
				"{\"organisations\":[\"FI-CUSTOMS\"],\"message\":\"Join us\"}");
		assertThat(invitations.status()).as(invitations.body()).isEqualTo(201);
		var invitation = invitations.json().get(0).get("id").asText();
		var accepted = Api.as(port, COORDINATOR_FI).post("/api/invitations/" + invitation + "/accept",
				"{\"contactPoints\":\"FI desk\",\"borderPoints\":[\"FIHEL\"]}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		var running = new FieldReporting(port, id);
		var opened = running.api(OCU).post("/api/operations/" + id + "/phases/1/open", "{}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		return running;
	}

	public Api api(String user) {
		return Api.as(port, user);
	}

	public Api.Response submit(String user, String key, String json) {
		return api(user).post("/api/operations/" + operationId + "/reports", "application/json", json,
				key == null ? Map.of() : Map.of("Idempotency-Key", key));
	}

	public String seizure(String user, String key, String extra) {
		var response = submit(user, key, """
				{"type":"SEIZURE","location":"FIHEL","riskArea":"CIGARETTES","quantity":12000,"unit":"STICKS",
				 "summary":"Cigarettes in a trailer"%s}""".formatted(extra));
		assertThat(response.status()).as(response.body()).isIn(200, 201);
		return response.json().get("id").asText();
	}

	public static String key() {
		return UUID.randomUUID().toString();
	}
}
