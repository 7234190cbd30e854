package eu.jcohub.coordination.internal;

import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The running tallies of validated reports. Applying a report adds it to every tally it belongs to, once: the
 * report's id is remembered in the same transaction, and a report already remembered adds nothing. Reading an
 * operation's picture reads its tallies, never its reports, so that it costs the same with ten reports or a million.
 */
@Repository
public class Tallies {

	private static final String SEPARATOR = "|";
	private static final int UPSERT_ROWS = 1000;
	private final JdbcClient jdbc;

	Tallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the report to its tallies unless it was added before; whether it was added now. */
	public boolean apply(ReportValidated report, Instant now) {
		return !applyAll(List.of(report), now).isEmpty();
	}

	/**
	 * Adds the reports to their tallies, each unless it was added before, with a few statements for all of them: the
	 * reports are remembered in one, and their figures summed per tally in memory and added with one upsert per
	 * thousand tallies, in a fixed order of the tallies (two appliers never wait on each other crosswise). Returns
	 * the reports added now.
	 */
	public List<ReportValidated> applyAll(List<ReportValidated> reports, Instant now) {
		if (reports.isEmpty()) {
			return List.of();
		}
		var fresh = new HashSet<>(jdbc.sql("""
				insert into coordination_applied_reports (report_id, operation_id, applied_at)
				select r::uuid, o::uuid, ? from unnest(?::text[], ?::text[]) as t(r, o)
				on conflict (report_id) do nothing
				returning report_id""")
			.params(Timestamp.from(now), reports.stream().map(r -> r.reportId().toString()).toArray(String[]::new),
					reports.stream().map(r -> r.operationId().value().toString()).toArray(String[]::new))
			.query(UUID.class)
			.list());
		var added = reports.stream().filter(report -> fresh.remove(report.reportId())).toList();
		var sums = new TreeMap<List<String>, Object[]>(Comparator.comparing((List<String> k) -> String.join("\u0000", k)));
		for (var report : added) {
			boolean control = report.type() == ReportType.CONTROL;
			for (var key : keysOf(report)) {
				boolean unitTally = key.dimension() == Dimension.UNIT;
				var sum = sums.computeIfAbsent(List.of(report.operationId().value().toString(),
						Integer.toString(report.phase()), key.dimension().stored(), key.key()),
						k -> new Object[] { 0L, 0L, 0L, 0L, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
				sum[0] = (Long) sum[0] + (control ? 1 : 0);
				sum[1] = (Long) sum[1] + (control ? report.controlledCount() : 0);
				sum[2] = (Long) sum[2] + (control ? 0 : 1);
				sum[3] = (Long) sum[3] + (report.infringement() ? 1 : 0);
				sum[4] = ((BigDecimal) sum[4]).add(unitTally
						? Objects.requireNonNullElse(report.quantity(), BigDecimal.ZERO) : BigDecimal.ZERO);
				sum[5] = ((BigDecimal) sum[5]).add(Objects.requireNonNullElse(report.valueEur(), BigDecimal.ZERO));
				sum[6] = ((BigDecimal) sum[6]).add(Objects.requireNonNullElse(report.dutiesEur(), BigDecimal.ZERO));
			}
		}
		var rows = new ArrayList<>(sums.entrySet());
		for (int from = 0; from < rows.size(); from += UPSERT_ROWS) {
			upsert(rows.subList(from, Math.min(rows.size(), from + UPSERT_ROWS)));
		}
		return added;
	}

	private void upsert(List<Map.Entry<List<String>, Object[]>> rows) {
		var values = rows.stream().map(row -> "(?::uuid, ?::int, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.collect(Collectors.joining(", "));
		var params = new ArrayList<Object>();
		for (var row : rows) {
			params.addAll(row.getKey());
			params.addAll(Arrays.asList(row.getValue()));
		}
		jdbc.sql("""
				insert into coordination_tallies (operation_id, phase, dimension, key, controls, controlled, seizures,
				  infringements, quantity, value_eur, duties_eur)
				values %s
				on conflict (operation_id, phase, dimension, key) do update set
				  controls = coordination_tallies.controls + excluded.controls,
				  controlled = coordination_tallies.controlled + excluded.controlled,
				  seizures = coordination_tallies.seizures + excluded.seizures,
				  infringements = coordination_tallies.infringements + excluded.infringements,
				  quantity = coordination_tallies.quantity + excluded.quantity,
				  value_eur = coordination_tallies.value_eur + excluded.value_eur,
				  duties_eur = coordination_tallies.duties_eur + excluded.duties_eur""".formatted(values))
			.params(params)
			.update();
	}

	/** Every tally of the operation, phase by phase. */
	public List<PhaseTally> of(OperationId operationId) {
		return jdbc.sql("""
				select phase, dimension, key, controls, controlled, seizures, infringements, quantity, value_eur,
				  duties_eur
				from coordination_tallies where operation_id = ?""")
			.param(operationId.value())
			.query((rs, n) -> new PhaseTally(rs.getInt("phase"), new Tally(Dimension.ofStored(rs.getString("dimension")),
					rs.getString("key"), rs.getLong("controls"), rs.getLong("controlled"), rs.getLong("seizures"),
					rs.getLong("infringements"), rs.getBigDecimal("quantity"), rs.getBigDecimal("value_eur"),
					rs.getBigDecimal("duties_eur"))))
			.list();
	}

	/** One tally in one phase. */
	public record PhaseTally(int phase, Tally tally) {
	}

	/** The keys a report counts under: one per dimension it has a value for. */
	public static List<TallyKey> keysOf(ReportValidated report) {
		var keys = new ArrayList<TallyKey>();
		var day = report.occurredAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
		keys.add(new TallyKey(Dimension.TOTAL, ""));
		keys.add(new TallyKey(Dimension.DAY, day));
		keys.add(new TallyKey(Dimension.ADMINISTRATION, report.administration()));
		if (report.locationCode() != null) {
			keys.add(new TallyKey(Dimension.LOCATION, report.locationCode()));
			keys.add(new TallyKey(Dimension.LOCATION_DAY, report.locationCode() + SEPARATOR + day));
			if (report.transportMode() != null) {
				keys.add(new TallyKey(Dimension.LOCATION_MODE, report.locationCode() + SEPARATOR + report.transportMode()));
			}
		}
		if (report.riskArea() != null) {
			keys.add(new TallyKey(Dimension.RISK_AREA, report.riskArea()));
		}
		if (report.transportMode() != null) {
			keys.add(new TallyKey(Dimension.TRANSPORT_MODE, report.transportMode()));
		}
		if (report.profileId() != null) {
			keys.add(new TallyKey(Dimension.PROFILE, report.profileId().toString()));
		}
		if (report.type() == ReportType.SEIZURE && report.unit() != null && report.quantity() != null) {
			keys.add(new TallyKey(Dimension.UNIT, unitKey(report.unit())));
		}
		return keys;
	}

	/**
	 * The unit as the field reports' codes name it. Seizures reported before units were codes carry words
	 * ("litres", "pieces"); they count with the code they mean, not as a unit of their own.
	 */
	static String unitKey(String unit) {
		var upper = unit.strip().toUpperCase(java.util.Locale.ROOT);
		return switch (upper) {
			case "LITRE", "LITRES", "LITER", "LITERS", "LTR" -> "L";
			case "KILOGRAM", "KILOGRAMS", "KGS" -> "KG";
			case "GRAM", "GRAMS" -> "G";
			case "PIECE", "PCS" -> "PIECES";
			case "STICK", "CIGARETTES" -> "STICKS";
			case "CONTAINER" -> "CONTAINERS";
			default -> upper;
		};
	}

	/** Splits a two-part key (location and day, location and mode). */
	public static String[] parts(String key) {
		return key.split("\\" + SEPARATOR, 2);
	}

	public record TallyKey(Dimension dimension, String key) {
	}
}
