package eu.jcohub.benchmark;

import eu.jcohub.JcoHubApplication;
import eu.jcohub.access.Role;
import eu.jcohub.coordination.StatisticsLoad;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * How long the live picture takes to read for an operation with a million validated reports: the application on a
 * throwaway embedded PostgreSQL (durable: fsync and synchronous commit on), the reports loaded with COPY into the
 * running tallies and the applied-reports table (as {@code StatisticsLoad} describes), then
 * {@code GET /api/operations/{id}/statistics} read over HTTP with a personal API token, after a warm-up.
 *
 * <p>Run: {@code ./mvnw -P benchmark test-compile exec:exec -Dbench.main=eu.jcohub.benchmark.StatisticsBenchmark};
 * options as {@code -Dbench.config=reports=1000000;rounds=300}.
 */
public final class StatisticsBenchmark {

	private StatisticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var config = System.getProperty("bench.config", "");
		int reports = option(config, "reports", 1_000_000);
		int rounds = option(config, "rounds", 300);
		var context = new SpringApplicationBuilder(JcoHubApplication.class, TestAccounts.class)
			.properties("server.port=0", "jcohub.db.ephemeral=true", "jcohub.db.durable=true", "jcohub.demo=false",
					"logging.level.root=WARN", "jcohub.coordination.simulator.enabled=false",
					"jcohub.security.rate-limit.tokens-per-minute=100000", "jcohub.retention.cron=-",
					"jcohub.planning.reminder-cron=-", "jcohub.deconfliction.poll-interval=1h")
			.run(args);
		int exit = 0;
		try {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
			var accounts = context.getBean(TestAccounts.class);
			accounts.ensure("bench.leader", "DK-CUSTOMS", Role.OPERATION_LEADER);
			var first = LocalDate.now().minusDays(12);
			var created = Api.as(port, "bench.leader").post("/api/operations", Plans.json("BENCH-" + System.nanoTime(),
					"DK-CUSTOMS", "DK", List.of("FI", "DE", "PL"), List.of("CIGARETTES", "ALCOHOL"),
					List.of("ROAD", "MARITIME_RORO"), first, first.plusDays(20)));
			var operation = new OperationId(UUID.fromString(created.json().get("id").asText()));
			long loading = System.nanoTime();
			var loaded = StatisticsLoad.load(context.getBean(DataSource.class), operation, reports, first, 12);
			System.out.printf(Locale.ROOT, "Loaded %,d validated reports (%,d tally rows) in %.1f s%n", loaded.reports(),
					loaded.tallyRows(), (System.nanoTime() - loading) / 1e9);
			var api = Api.bearer(port, accounts.apiToken("bench.leader"));
			var path = "/api/operations/" + operation.value() + "/statistics";
			var figures = api.get(path).json();
			if (figures.get("reports").asLong() != loaded.reports()
					|| figures.get("total").get("seizures").asLong() != loaded.seizures()) {
				System.out.println("The figures do not add up to the loaded reports: " + figures.get("total"));
				exit = 1;
			}
			var millis = StatisticsLoad.time(() -> {
				if (api.get(path).status() != 200) {
					throw new IllegalStateException("statistics refused");
				}
			}, rounds);
			System.out.printf(Locale.ROOT, "Statistics refresh, %,d reports, %d readings: p50 %.1f ms, p99 %.1f ms, "
					+ "max %.1f ms (target: under 100 ms)%n", loaded.reports(), rounds, StatisticsLoad.percentile(millis, 0.5),
					StatisticsLoad.percentile(millis, 0.99), millis[millis.length - 1]);
		}
		finally {
			context.close();
		}
		System.exit(exit);
	}

	private static int option(String config, String name, int fallback) {
		for (var pair : config.split(";")) {
			var parts = pair.split("=", 2);
			if (parts.length == 2 && parts[0].strip().equals(name)) {
				return Integer.parseInt(parts[1].strip());
			}
		}
		return fallback;
	}
}
