package eu.jcohub.coordination;

import eu.jcohub.coordination.internal.Dimension;
import eu.jcohub.coordination.internal.Tallies;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Loads many validated reports of one operation at once, for measuring how long the live picture takes to read: the
 * reports are generated with a fixed seed, added up in memory with the same keys the application uses, and written
 * with COPY into the running tallies and the table of applied reports, as if each had been applied on its own.
 * Used by the statistics benchmark (one million reports) and, at a small size, by its smoke test.
 */
public final class StatisticsLoad {

	private static final List<String> ADMINISTRATIONS = List.of("DK-CUSTOMS", "FI-CUSTOMS", "DE-CUSTOMS", "PL-CUSTOMS");
	private static final List<String> LOCATIONS = List.of("DKAAR", "DKCPH", "DEKEL", "DERSK", "PLGDN", "FIHEL");
	private static final List<String> AREAS = List.of("CIGARETTES", "ALCOHOL");
	private static final List<String> MODES = List.of("ROAD", "MARITIME_RORO");
	private static final List<String> UNITS = List.of("STICKS", "L", "KG");

	private StatisticsLoad() {
	}

	/** What was loaded: the totals the figures must show. */
	public record Loaded(long reports, long controls, long seizures, int tallyRows) {
	}

	public static Loaded load(DataSource dataSource, OperationId operation, int reports, LocalDate firstDay, int days)
			throws SQLException, IOException {
		var random = new Random(1_000_003L);
		var profiles = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		var tallies = new HashMap<String, long[]>();
		var amounts = new HashMap<String, BigDecimal[]>();
		long controls = 0;
		var applied = new StringBuilder();
		var now = Instant.now().toString();
		try (var connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int i = 0; i < reports; i++) {
				boolean control = random.nextInt(4) != 0;
				var report = new ReportValidated(new UUID(random.nextLong(), random.nextLong()), operation,
						1 + random.nextInt(2), control ? ReportType.CONTROL : ReportType.SEIZURE,
						firstDay.plusDays(random.nextInt(days)).atTime(12, 0).toInstant(ZoneOffset.UTC),
						ADMINISTRATIONS.get(random.nextInt(ADMINISTRATIONS.size())),
						LOCATIONS.get(random.nextInt(LOCATIONS.size())), MODES.get(random.nextInt(MODES.size())),
						AREAS.get(random.nextInt(AREAS.size())),
						random.nextInt(3) == 0 ? null : profiles.get(random.nextInt(profiles.size())), "Profile",
						control ? null : BigDecimal.valueOf(1 + random.nextInt(1000)),
						control ? null : UNITS.get(random.nextInt(UNITS.size())),
						control ? null : BigDecimal.valueOf(random.nextInt(10_000)), null, control ? 1 + random.nextInt(20) : 0,
						!control, Instant.now());
				controls += control ? 1 : 0;
				for (var key : Tallies.keysOf(report)) {
					var id = report.phase() + "\t" + key.dimension().stored() + "\t" + key.key();
					var counts = tallies.computeIfAbsent(id, k -> new long[4]);
					counts[control ? 0 : 2]++;
					counts[1] += report.controlledCount();
					counts[3] += report.infringement() ? 1 : 0;
					var sums = amounts.computeIfAbsent(id, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
					if (key.dimension() == Dimension.UNIT && report.quantity() != null) {
						sums[0] = sums[0].add(report.quantity());
					}
					if (report.valueEur() != null) {
						sums[1] = sums[1].add(report.valueEur());
					}
				}
				applied.append(report.reportId()).append('\t').append(operation.value()).append('\t').append(now).append('\n');
				if (applied.length() > 4_000_000) {
					copy.copyIn("copy coordination_applied_reports (report_id, operation_id, applied_at) from stdin",
							new StringReader(applied.toString()));
					applied.setLength(0);
				}
			}
			copy.copyIn("copy coordination_applied_reports (report_id, operation_id, applied_at) from stdin",
					new StringReader(applied.toString()));
			var rows = new StringBuilder();
			tallies.forEach((id, counts) -> {
				var sums = amounts.get(id);
				rows.append(operation.value()).append('\t').append(id).append('\t')
					.append(String.join("\t", Arrays.stream(counts).mapToObj(String::valueOf).toList())).append('\t')
					.append(sums[0].toPlainString()).append('\t').append(sums[1].toPlainString()).append("\t0\n");
			});
			copy.copyIn("""
					copy coordination_tallies (operation_id, phase, dimension, key, controls, controlled, seizures,
					  infringements, quantity, value_eur, duties_eur) from stdin""", new StringReader(rows.toString()));
		}
		return new Loaded(reports, controls, reports - controls, tallies.size());
	}

	/** Milliseconds per reading, sorted, of {@code rounds} readings after as many to warm up. */
	public static double[] time(Runnable reading, int rounds) {
		for (int i = 0; i < rounds; i++) {
			reading.run();
		}
		var millis = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			reading.run();
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		return millis;
	}

	public static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	static Map<String, Object> summary(Loaded loaded, double[] millis) {
		return Map.of("reports", loaded.reports(), "tallyRows", loaded.tallyRows(), "p50", percentile(millis, 0.5),
				"p99", percentile(millis, 0.99), "max", millis[millis.length - 1]);
	}
}
