package eu.jcohub.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The statistics benchmark at a small size, so that it keeps working: reports loaded with COPY into the tallies read
 * back as the same totals through the API. Times are printed, not asserted (docs/benchmarks.md has the full run).
 */
@IntegrationTest
class StatisticsBenchmarkSmokeTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DataSource dataSource;

	@Test
	void reportsLoadedInBulkReadBackAsTheirTotals() throws Exception {
		accounts.ensure("t.bs.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var first = LocalDate.now().minusDays(10);
		var created = Api.as(port, "t.bs.leader.dk").post("/api/operations", Plans.json("BS-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI", "DE", "PL"), List.of("CIGARETTES"), List.of("ROAD"), first,
				first.plusDays(20)));
		var operation = new OperationId(UUID.fromString(created.json().get("id").asText()));
		var loaded = StatisticsLoad.load(dataSource, operation, 20_000, first, 12);

		// A personal API token, as the benchmark uses: HTTP Basic checks the password on every request on purpose.
		var api = Api.bearer(port, accounts.apiToken("t.bs.leader.dk"));
		var path = "/api/operations/" + operation.value() + "/statistics";
		var figures = api.get(path).json();
		assertThat(figures.get("reports").asLong()).isEqualTo(loaded.reports());
		assertThat(figures.get("total").get("controls").asLong()).isEqualTo(loaded.controls());
		assertThat(figures.get("total").get("seizures").asLong()).isEqualTo(loaded.seizures());
		var millis = StatisticsLoad.time(() -> assertThat(api.get(path).status()).isEqualTo(200), 10);
		System.out.println("Statistics benchmark smoke run: " + StatisticsLoad.summary(loaded, millis));
	}
}
