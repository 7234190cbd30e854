package eu.jcohub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuditSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void administratorsSearchEverythingOthersTheirOwnOrganisationsEntries() throws Exception {
		var leader = accounts.leaderDk();
		var finn = accounts.coordinatorFi();
		var admin = accounts.admin("t.admin");
		var start = LocalDate.of(2070, 5, 1);
		var danish = Api.as(port, leader).post("/api/operations", Plans.json("AUDIT DK", "DK-CUSTOMS", "DK",
				List.of("FI"), List.of("CASH"), List.of("AIR"), start, start.plusDays(3))).json().get("id").asString();
		var finnish = Api.as(port, finn).post("/api/operations", Plans.json("AUDIT FI", "FI-CUSTOMS", "FI",
				List.of("FI"), List.of("CASH"), List.of("AIR"), start, start.plusDays(3))).json().get("id").asString();

		var asAdmin = Api.bearer(port, accounts.apiToken(admin)).get("/api/audit-trail?entityType=operation&entityId=" + finnish);
		assertThat(asAdmin.json().get(0).get("actor").asString()).isEqualTo(finn);
		assertThat(Api.as(port, leader).get("/api/audit-trail?entityType=operation&entityId=" + finnish).json().size())
			.as("another organisation's entries stay hidden").isZero();
		assertThat(Api.as(port, leader).get("/api/audit-trail?entityType=operation&entityId=" + danish).json().size())
			.isEqualTo(1);

		var csv = Api.bearer(port, accounts.apiToken(admin)).get("/api/audit-trail.csv?entityId=" + danish);
		assertThat(csv.contentType()).startsWith("text/csv");
		var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.body())).getRecords();
		assertThat(records).hasSize(1);
		assertThat(records.get(0).get("action")).isEqualTo("CREATED");
		assertThat(records.get(0).get("hash")).hasSize(64);
		assertThat(Api.bearer(port, accounts.apiToken(admin)).get("/api/audit-trail?from=yesterday").status()).isEqualTo(400);
	}

	@Test
	void anOrganisationSeesWhatOthersDidToItsRecords() {
		var leader = accounts.leaderDk();
		var secretariat = accounts.secretariat();
		var start = LocalDate.of(2070, 6, 1);
		var plan = Plans.json("AUDIT OWNED", "DK-CUSTOMS", "DK", List.of("FI"), List.of("CASH"), List.of("AIR"), start,
				start.plusDays(3));
		var id = Api.as(port, leader).post("/api/operations", plan).json().get("id").asString();
		assertThat(Api.as(port, secretariat).put("/api/operations/" + id, Plans.revision(plan.replace("AUDIT OWNED", "AUDIT OWNED 2"), 0))
			.status()).isEqualTo(200);

		var danishTrail = Api.as(port, leader).get("/api/audit-trail?entityType=operation&entityId=" + id).json();
		assertThat(danishTrail.size()).isEqualTo(2);
		assertThat(danishTrail.get(0).get("actor").asString()).isEqualTo(secretariat);
		assertThat(danishTrail.get(0).get("recordOwner").asString()).isEqualTo("DK-CUSTOMS");
		assertThat(Api.as(port, accounts.coordinatorFi()).get("/api/audit-trail?entityType=operation&entityId=" + id)
			.json().size()).as("a participant does not read the owner's trail").isZero();
	}
}
