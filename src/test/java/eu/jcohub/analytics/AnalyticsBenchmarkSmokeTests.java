package eu.jcohub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.analytics.internal.AnalyticsLoad;
import eu.jcohub.support.IntegrationTest;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The analytics benchmark at a small size, so that it keeps working: synthetic operations and reports loaded with
 * COPY in years no other test uses, the start-up catch-up, every filter class read as each reader, and the naive scan
 * of the reports agreeing with the overview's running sums. Times are printed, not asserted (docs/benchmarks.md has
 * the full run).
 */
@IntegrationTest
class AnalyticsBenchmarkSmokeTests {

	private static final int FIRST_YEAR = 2076;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPartOfTheAnalyticsBenchmarkRunsAtASmallSizeAndTheScanAgreesWithTheSums() throws Exception {
		var loaded = AnalyticsLoad.load(dataSource, "AB-SMOKE", 20, 2_000, FIRST_YEAR, 4, false);
		assertThat(loaded.resultRows()).isPositive();
		System.out.println("Analytics benchmark smoke run: catch-up " + AnalyticsLoad.catchUpFromScratch(context) + " s");

		var readings = new OverviewReadings(context, loaded, port);
		var readers = readings.readers("t.ab");
		var everything = readings.classes().get(0).filters().get(0);
		var secretariat = readers.get(0);
		var administration = readers.get(2);
		var all = readings.overview(secretariat, everything);
		var part = readings.overview(administration, everything);
		assertThat(all.reports()).as("the secretariat counts the reports of most operations").isPositive()
			.isLessThanOrEqualTo(loaded.reports());
		assertThat(part.reports()).as("an administration counts those of the operations it sees in detail")
			.isPositive().isLessThan(all.reports());
		var details = secretariat.api().get("/api/analytics/overview?from=" + FIRST_YEAR + "&to=" + (FIRST_YEAR + 3)).json();
		assertThat(details.get("participation").get("perAdministration").size())
			.as("the loaded invitations count in the overview").isPositive();
		assertThat(details.get("funding").size()).as("the loaded funding applications count in the overview").isPositive();
		for (var reader : readers) {
			for (var filterClass : readings.classes()) {
				System.out.println("Analytics benchmark smoke run: " + readings.time(reader, filterClass, 0, 1).line());
			}
		}
		for (var reader : List.of(secretariat, administration)) {
			var visible = readings.visibleTo(reader);
			for (var filterClass : readings.classes()) {
				// Fails when the scan of the reports and the overview's sums differ for a filter of the class.
				readings.timeNaiveScan(reader, filterClass, visible, Math.min(2, filterClass.filters().size()));
			}
		}
	}
}
