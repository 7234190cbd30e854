package eu.jcohub.operations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.jcohub.deconfliction.internal.Deconfliction;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ConflictsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Deconfliction deconfliction;

	String leader;
	String finn;

	@BeforeEach
	void accounts() {
		leader = accounts.leaderDk();
		finn = accounts.coordinatorFi();
		accounts.coordinatorPt();
	}

	@Test
	void aNewConflictIsRecordedAndBothOwnersAreNotified() {
		var start = LocalDate.of(2033, 4, 1);
		var finnish = create(finn, Plans.json("FINNISH FROST", "FI-CUSTOMS", "FI", List.of("FI", "EE"),
				List.of("ALCOHOL"), List.of("MARITIME"), start, start.plusDays(10)));
		var danish = create(leader, Plans.json("DANISH DEW", "DK-CUSTOMS", "DK", List.of("FI", "EE"),
				List.of("ALCOHOL"), List.of("MARITIME"), start.plusDays(5), start.plusDays(15)));

		var conflicts = Api.as(port, leader).get("/api/operations/" + danish + "/conflicts").json();
		assertThat(conflicts.size()).isEqualTo(1);
		assertThat(conflicts.get(0).get("operationId").asString()).isEqualTo(finnish);
		var fromTheOtherSide = Api.as(port, finn).get("/api/operations/" + finnish + "/conflicts").json();
		assertThat(fromTheOtherSide.get(0).get("operationId").asString()).isEqualTo(danish);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(Api.as(port, finn).get("/api/notifications").body()).contains("FINNISH FROST and DANISH DEW");
			assertThat(Api.as(port, leader).get("/api/notifications").body()).contains("DANISH DEW and FINNISH FROST");
		});
		assertThat(Api.as(port, "t.coordinator.pt").get("/api/notifications").body()).doesNotContain("DANISH DEW");
	}

	@Test
	void ownersRecordAResolutionWhichSurvivesARecheck() {
		var start = LocalDate.of(2033, 9, 1);
		var first = create(leader, Plans.json("RESOLVE ONE", "DK-CUSTOMS", "DK", List.of("SE"), List.of("CASH"),
				List.of("AIR"), start, start.plusDays(10)));
		var second = create(leader, Plans.json("RESOLVE TWO", "DK-CUSTOMS", "DK", List.of("SE"), List.of("CASH"),
				List.of("AIR"), start.plusDays(3), start.plusDays(12)));

		var denied = Api.as(port, "t.coordinator.pt").post("/api/operations/" + second + "/conflicts/" + first
				+ "/resolution", "{\"kind\":\"RUN_JOINTLY\",\"note\":\"agreed\"}");
		assertThat(denied.status()).isEqualTo(403);
		var noReason = Api.as(port, leader).post("/api/operations/" + second + "/conflicts/" + first + "/resolution",
				"{\"kind\":\"RUN_JOINTLY\"}");
		assertThat(noReason.status()).isEqualTo(422);
		var resolved = Api.as(port, leader).post("/api/operations/" + second + "/conflicts/" + first + "/resolution",
				"{\"kind\":\"RUN_JOINTLY\",\"note\":\"One joint OCU, agreed with SE on 3 March\"}");
		assertThat(resolved.status()).isEqualTo(204);

		var revised = Plans.json("RESOLVE TWO", "DK-CUSTOMS", "DK", List.of("SE"), List.of("CASH"), List.of("AIR"),
				start.plusDays(4), start.plusDays(12));
		assertThat(Api.as(port, leader).put("/api/operations/" + second, Plans.revision(revised, 0)).status()).isEqualTo(200);
		var conflict = Api.as(port, leader).get("/api/operations/" + second + "/conflicts").json().get(0);
		assertThat(conflict.get("resolution").get("kind").asString()).isEqualTo("RUN_JOINTLY");
		assertThat(conflict.get("resolution").get("recordedBy").asString()).isEqualTo(leader);
	}

	@Test
	void movingAnOperationAwayClearsItsConflict() {
		var start = LocalDate.of(2034, 2, 1);
		create(leader, Plans.json("STAYS", "DK-CUSTOMS", "DK", List.of("LT"), List.of("WEAPONS"), List.of("RAIL"),
				start, start.plusDays(10)));
		var moves = create(leader, Plans.json("MOVES", "DK-CUSTOMS", "DK", List.of("LT"), List.of("WEAPONS"),
				List.of("RAIL"), start, start.plusDays(10)));
		assertThat(Api.as(port, leader).get("/api/operations/" + moves + "/conflicts").json().size()).isEqualTo(1);
		var later = Plans.json("MOVES", "DK-CUSTOMS", "DK", List.of("LT"), List.of("WEAPONS"), List.of("RAIL"),
				start.plusDays(60), start.plusDays(70));
		Api.as(port, leader).put("/api/operations/" + moves, Plans.revision(later, 0));
		assertThat(Api.as(port, leader).get("/api/operations/" + moves + "/conflicts").json().size()).isZero();
		assertThat(jdbc.sql("select count(*) from conflicts where operation_a = ? or operation_b = ?")
			.params(UUID.fromString(moves), UUID.fromString(moves)).query(Integer.class).single()).isZero();
	}

	@Test
	void anOperationWrittenByAnotherInstanceIsSeenByTheNextCheck() {
		var start = LocalDate.of(2034, 6, 1);
		var id = UUID.randomUUID();
		// Another application instance writes straight into the shared database.
		jdbc.sql("""
				insert into operations (id, name, type, organiser, lead_country, participants, competence, domain,
				    risk_areas, transport_modes, phases, status, first_known, created_by)
				values (?, 'OTHER INSTANCE', 'JCO_REGIONAL', 'PL-CUSTOMS', 'PL', '{PL,LT}', 'SHARED', 'CUSTOMS',
				    '{CIGARETTES}', '{ROAD}', ?::datemultirange, 'PROPOSAL', current_date, 'elsewhere')""")
			.params(id, "{[" + start + "," + start.plusDays(10) + ")}")
			.update();
		var draft = Plans.json("THIS INSTANCE", "DK-CUSTOMS", "DK", List.of("PL", "LT"), List.of("CIGARETTES"),
				List.of("ROAD"), start, start.plusDays(5));
		var conflicts = Api.as(port, leader).post("/api/deconfliction/check", draft).json();
		assertThat(conflicts.get(0).get("name").asString()).isEqualTo("OTHER INSTANCE");
	}

	@Test
	void checkingADraftSavesNothing() {
		int before = deconfliction.indexedOperations();
		var draft = Plans.json("ONLY A DRAFT", "DK-CUSTOMS", "DK", List.of("FI"), List.of("CASH"), List.of("AIR"),
				LocalDate.of(2035, 1, 1), LocalDate.of(2035, 1, 10));
		assertThat(Api.as(port, leader).post("/api/deconfliction/check", draft).status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from operations where name = 'ONLY A DRAFT'").query(Integer.class).single())
			.isZero();
		assertThat(deconfliction.indexedOperations()).isEqualTo(before);
	}

	@Test
	void everyChangeIsInTheAuditTrail() {
		var start = LocalDate.of(2035, 3, 1);
		var id = create(leader, Plans.json("AUDITED", "DK-CUSTOMS", "DK", List.of("FI"), List.of("CASH"), List.of("AIR"),
				start, start.plusDays(3)));
		Api.as(port, leader).put("/api/operations/" + id, Plans.revision(Plans.json("AUDITED AGAIN", "DK-CUSTOMS", "DK",
				List.of("FI"), List.of("CASH"), List.of("AIR"), start, start.plusDays(4)), 0));
		var entries = jdbc.sql("select action || ' by ' || actor || ' for ' || organisation from audit_log "
				+ "where entity_type = 'operation' and entity_id = ? order by id").param(id).query(String.class).list();
		assertThat(entries).containsExactly("CREATED by " + leader + " for DK-CUSTOMS",
				"UPDATED by " + leader + " for DK-CUSTOMS");
		var after = jdbc.sql("select after ->> 'name' from audit_log where entity_id = ? and action = 'UPDATED'")
			.param(id).query(String.class).single();
		assertThat(after).isEqualTo("AUDITED AGAIN");
	}

	@Test
	void aStaleVersionIsRefusedWith409() {
		var start = LocalDate.of(2035, 5, 1);
		var id = create(leader, Plans.json("VERSIONED", "DK-CUSTOMS", "DK", List.of("FI"), List.of("CASH"),
				List.of("AIR"), start, start.plusDays(3)));
		var body = Plans.json("VERSIONED", "DK-CUSTOMS", "DK", List.of("FI"), List.of("CASH"), List.of("AIR"), start,
				start.plusDays(5));
		var stale = body.substring(0, body.lastIndexOf('}')) + ",\"version\":7}";
		var response = Api.as(port, leader).put("/api/operations/" + id, stale);
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).contains("changed by someone else");
	}

	@Test
	void conflictReasonsNeverRevealAnotherOperationsHiddenDetails() {
		var start = LocalDate.of(2036, 3, 1);
		var finnish = create(finn, Plans.json("HIDDEN MODES", "FI-CUSTOMS", "FI", List.of("FI", "SE"),
				List.of("ALCOHOL"), List.of("RAIL"), start, start.plusDays(10)));
		var draft = Plans.json("CURIOUS", "PT-CUSTOMS", "PT", List.of("PT", "SE"), List.of("ALCOHOL"), List.of("RAIL"),
				start, start.plusDays(10));

		var outsider = Api.as(port, "t.coordinator.pt").post("/api/deconfliction/check", draft);
		assertThat(outsider.body()).contains("HIDDEN MODES").contains("\"detailsWithheld\":true")
			.doesNotContain("take part in both").doesNotContain("rail");
		var participant = Api.as(port, finn).post("/api/deconfliction/check", draft);
		assertThat(participant.body()).contains("both control rail");

		assertThat(Api.as(port, "t.coordinator.pt").get("/api/operations/" + finnish + "/conflicts").status())
			.as("an operation's conflicts are part of its details").isEqualTo(403);
	}

	private String create(String username, String body) {
		var response = Api.as(port, username).post("/api/operations", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}
}
