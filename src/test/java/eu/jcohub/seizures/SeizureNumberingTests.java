package eu.jcohub.seizures;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Report numbers count per organisation and year without gaps: a refused report uses none. */
@IntegrationTest
class SeizureNumberingTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	javax.sql.DataSource dataSource;

	/**
	 * Numbers taken on their own go on from each other, and their commit that does not wait for the disk leaves the
	 * connection as it found it: every later commit on it (the report's own) waits for the disk again. On one
	 * connection, its session set to wait for the disk first (the test database does not by default).
	 */
	@Test
	void numbersTakenOnTheirOwnFollowEachOtherAndLeaveCommitsDurable() throws Exception {
		try (var connection = dataSource.getConnection()) {
			var single = new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true);
			var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(single);
			var store = new SeizureStore(jdbc, new org.springframework.jdbc.core.JdbcTemplate(single), single);
			jdbc.sql("set synchronous_commit = on").update();
			var owner = "T-NUMBERS-" + System.nanoTime();
			assertThat(store.nextReferencesCommittedAtOnce(owner, 2031, ReportType.CONTROL, 2))
				.containsExactly("CR-2031-" + owner + "-00001", "CR-2031-" + owner + "-00002");
			for (int i = 3; i <= 5; i++) {
				assertThat(store.nextReferencesCommittedAtOnce(owner, 2031, ReportType.CONTROL, 1))
					.containsExactly("CR-2031-" + owner + "-%05d".formatted(i));
				assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			}
			assertThat(store.nextReferencesCommittedAtOnce(owner, 2031, ReportType.SEIZURE, 1))
				.containsExactly("SR-2031-" + owner + "-00001");
			jdbc.sql("reset synchronous_commit").update();
		}
	}

	@Test
	void refusedReportsUseNoNumber() {
		var officer = accounts.ensure("t.numbering.officer.se", "SE-CUSTOMS", Role.OPERATION_LEADER);
		var api = Api.as(port, officer);
		var operation = api.post("/api/operations", Plans.json("NUMBERING " + System.nanoTime(), "SE-CUSTOMS", "SE",
				List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 20)))
			.json().get("id").asString();
		var reports = "/api/operations/" + operation + "/seizures";
		assertThat(reference(api.post(reports, report("\"quantity\":10")))).isEqualTo("SR-2019-SE-CUSTOMS-00001");

		assertThat(api.post(reports, report("\"quantity\":1e400")).status()).isEqualTo(422);
		assertThat(api.post(reports, report("\"estimatedValueEur\":123456789012345678901234567890")).status())
			.isEqualTo(422);
		assertThat(api.post(reports, report("\"personName\":\"Ann\\u0000Smith\"")).status()).isEqualTo(400);
		assertThat(api.post(reports, report("\"description\":\"\"")).status()).isEqualTo(422);
		var form = FormSession.signedIn(port, officer);
		var refusedForm = form.postFields("/operations/" + operation + "/seizures/new", "/operations/" + operation
				+ "/seizures", Map.of("seizedOn", List.of("2019-06-02"), "place", List.of("Ystad"), "goodsCategory",
						List.of("CIGARETTES"), "description", List.of("cartons"), "handlingCode", List.of("PARTICIPANTS"),
						"personName", List.of("Ann\u0000Smith")));
		assertThat(refusedForm.statusCode()).isEqualTo(422);

		assertThat(reference(api.post(reports, report("\"quantity\":20")))).isEqualTo("SR-2019-SE-CUSTOMS-00002");
	}

	private static String reference(Api.Response created) {
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("reference").asString();
	}

	/** A report from Ystad with one field given (or overridden) as JSON. */
	private static String report(String field) {
		return """
				{"seizedOn":"2019-06-02","place":"Ystad","goodsCategory":"CIGARETTES","description":"cartons",
				 "unit":"kg","handlingCode":"PARTICIPANTS",%s}""".formatted(field);
	}
}
