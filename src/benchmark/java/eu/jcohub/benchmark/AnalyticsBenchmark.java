package eu.jcohub.benchmark;

import eu.jcohub.JcoHubApplication;
import eu.jcohub.analytics.OverviewReadings;
import eu.jcohub.analytics.internal.AnalyticsLoad;
import eu.jcohub.support.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * How long the working party's overview takes over ten years of synthetic data: the application on a throwaway
 * embedded PostgreSQL (durable: fsync and synchronous commit on), 10,000 operations and 10,000,000 validated reports
 * loaded with COPY into the tables the overview reads ({@code AnalyticsLoad}), the start-up catch-up timed, then
 * {@code GET /api/analytics/overview} over HTTP with personal API tokens for a mix of filters (none, one year, year
 * ranges, each filter alone, combined) as the secretariat and the facilitator (who see every operation's details) and
 * as an administration (which sees part): p50/p95/p99 per filter class, target p95 under 300 ms. Baseline in the same
 * run: the same report figures counted by a naive scan of the 10,000,000 report rows, checked equal to the overview's.
 *
 * <p>The other modules' figures (participation, conflicts, funding, Naples II, case outcomes) are analytics' own
 * aggregates, fed by those modules' events; the load fills them too ({@code AnalyticsLoad}), so the overview timed here
 * reads every table it reads in use.
 *
 * <p>Run: {@code ./mvnw -P benchmark test-compile exec:exec -Dbench.main=eu.jcohub.benchmark.AnalyticsBenchmark};
 * options as {@code -Dbench.config=operations=10000;reports=10000000;rounds=40;scans=1}.
 */
public final class AnalyticsBenchmark {

	private AnalyticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var config = System.getProperty("bench.config", "");
		int operations = option(config, "operations", 10_000);
		long reports = option(config, "reports", 10_000_000);
		int rounds = option(config, "rounds", 40);
		int scans = option(config, "scans", 1);
		// Given as command-line arguments, which application.properties cannot override (it names a port and the
		// demo from the environment): a free port, no demo data, no simulated reports.
		var arguments = new ArrayList<>(List.of(args));
		List.of("server.port=0", "jcohub.db.ephemeral=true", "jcohub.db.durable=true", "jcohub.demo=false",
				"logging.level.root=WARN", "jcohub.coordination.simulator.enabled=false",
				"jcohub.security.rate-limit.tokens-per-minute=100000", "jcohub.retention.cron=-",
				"jcohub.planning.reminder-cron=-", "jcohub.deconfliction.poll-interval=1h")
			.forEach(property -> arguments.add("--" + property));
		var context = new SpringApplicationBuilder(JcoHubApplication.class, TestAccounts.class)
			.run(arguments.toArray(String[]::new));
		int exit = 0;
		try {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
			System.out.printf(Locale.ROOT, "Application on port %d, %d processors, load average %s%n", port,
					Runtime.getRuntime().availableProcessors(), loadAverage());
			var loaded = AnalyticsLoad.load(context.getBean(DataSource.class), "BENCH-AN", operations, reports, 2016,
					10, true);
			System.out.printf(Locale.ROOT, "Loaded %,d operations over %d years and %,d validated reports "
					+ "(%,d rows of running sums) with COPY in %.1f s%n", loaded.operations(), loaded.years(),
					loaded.reports(), loaded.resultRows(), loaded.seconds());
			System.out.printf(Locale.ROOT, "Start-up catch-up from scratch (%,d operations read again, reports "
					+ "already counted): %.1f s%n", loaded.operations(), AnalyticsLoad.catchUpFromScratch(context));

			var readings = new OverviewReadings(context, loaded, port);
			var readers = readings.readers("bench");
			var classes = readings.classes();
			var timings = new ArrayList<OverviewReadings.Timing>();
			for (var reader : readers) {
				for (var filterClass : classes) {
					var timing = readings.time(reader, filterClass, 5, rounds);
					timings.add(timing);
					System.out.println(timing.line());
				}
			}
			for (var reader : List.of(readers.get(0), readers.get(2))) {
				var visible = readings.visibleTo(reader);
				for (var filterClass : classes) {
					System.out.println(readings.timeNaiveScan(reader, filterClass, visible, scans).line());
				}
			}
			var worst = timings.stream().mapToDouble(t -> t.percentile(0.95)).max().orElseThrow();
			System.out.println("Load average at the end: " + loadAverage());
			System.out.printf(Locale.ROOT, "Worst p95 over all filter classes and readers: %.1f ms (target: under "
					+ "300 ms): %s%n", worst, worst < 300 ? "met" : "NOT met");
		}
		catch (RuntimeException e) {
			e.printStackTrace();
			exit = 1;
		}
		finally {
			context.close();
		}
		System.exit(exit);
	}

	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException e) {
			return "unknown";
		}
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
