package eu.jcohub.seizures;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The submission benchmark at a small size, so that it keeps working: single reports next to the bare endpoint,
 * bulk batches next to the raw batch insert, validations followed on the feed, and the crash test's clients (without
 * the kill, which needs the packaged application). Times are printed, not asserted (docs/benchmarks.md has the full
 * run); what is asserted is that every part did what it measures.
 */
@IntegrationTest
class SubmissionBenchmarkSmokeTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPartOfTheSubmissionBenchmarkRunsAtASmallSize() throws Exception {
		var setup = SubmissionLoad.setUp(port, accounts, roles, jdbc, 4);
		var run = Long.toString(System.nanoTime());

		var unregister = SubmissionLoad.registerBareEndpoint(context);
		try {
			var bare = SubmissionLoad.closedLoop("Bare", 8, Duration.ofMillis(500), Duration.ofSeconds(2),
					SubmissionLoad.bare(setup, run));
			var real = SubmissionLoad.closedLoop("Real", 8, Duration.ofMillis(500), Duration.ofSeconds(2),
					SubmissionLoad.submissions(setup, run));
			System.out.println("Submission benchmark smoke run: " + bare.line() + " | " + real.line());
			assertThat(bare.failed()).as(bare.firstFailure()).isZero();
			assertThat(real.failed()).as(real.firstFailure()).isZero();
			assertThat(bare.acknowledged()).isPositive();
			assertThat(real.acknowledged()).isPositive();
		}
		finally {
			unregister.run();
		}
		assertThat(rows("bare-" + run + "-%")).as("the bare endpoint inserts a row per request").isPositive();
		assertThat(rows("bench-" + run + "-%")).isPositive();

		var bulk = SubmissionLoad.bulk(setup, run, 2, 100);
		var raw = SubmissionLoad.rawBatch(dataSource, setup, run, 2, 100);
		System.out.println("Submission benchmark smoke run: " + bulk.line() + " | " + raw.line());
		assertThat(rows("bulk-" + run + "-%")).isEqualTo(200);
		assertThat(rows("raw-" + run + "-%")).isEqualTo(200);

		var feed = SubmissionLoad.feed(dataSource, setup, run, 20, 2);
		System.out.println("Submission benchmark smoke run: " + feed.line());
		assertThat(feed.failed()).isZero();
		assertThat(feed.missing()).as("validations never seen on the feed").isZero();

		var clients = new CrashClients(() -> "http://localhost:" + port, setup.reports(), setup.tokens(), run);
		clients.start(2, 1, 20);
		Thread.sleep(1500);
		clients.stop(Duration.ofSeconds(30));
		var check = clients.check("http://localhost:" + port);
		System.out.println("Submission benchmark smoke run: crash clients without a crash: " + check);
		assertThat(clients.refused()).isEmpty();
		assertThat(check.acknowledged()).isPositive();
		assertThat(check.exactlyOnce()).as(check.toString()).isTrue();
	}

	private long rows(String keys) {
		return jdbc.sql("select count(*) from seizure_reports where idempotency_key like ?").param(keys)
			.query(Long.class).single();
	}
}
