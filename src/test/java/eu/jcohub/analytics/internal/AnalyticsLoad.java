package eu.jcohub.analytics.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Years of synthetic operations and their validated reports, written with COPY where the overview reads them: the
 * operations (for who may see their details) and their calendar facts with the same ids, the reports' running sums
 * per operation, phase, reporting administration, risk area and unit (and over all administrations) as counting each
 * report would have made them,
 * and each report's contribution (what the start-up catch-up and a naive scan read). Generated from a fixed seed.
 * Used by the analytics benchmark (10,000 operations, 10,000,000 reports) and, at a small size, by its smoke test.
 */
public final class AnalyticsLoad {

	/** Customs administrations organising and taking part, with their countries. */
	static final List<String> COUNTRIES = List.of("DK", "FI", "DE", "PL", "SE", "EE", "LT", "LV", "NL", "BE", "FR",
			"PT", "ES", "IT", "AT");
	static final List<String> AREAS = List.of("CIGARETTES", "RAW_TOBACCO", "ALCOHOL", "COCAINE", "CANNABIS", "FUEL",
			"COUNTERFEIT", "WEAPONS", "CASH");
	private static final Map<String, String> UNIT = Map.of("CIGARETTES", "STICKS", "RAW_TOBACCO", "KG", "ALCOHOL", "L",
			"COCAINE", "KG", "CANNABIS", "KG", "FUEL", "L", "COUNTERFEIT", "PIECES", "WEAPONS", "PIECES", "CASH", "EUR");
	private static final List<String> TYPES = List.of("JCO_FULL_SCALE", "JCO_REGIONAL", "JCO_REGIONAL", "NATIONAL",
			"JOINT_POLICE_CUSTOMS");
	private static final int CHUNK = 8_000_000;

	private AnalyticsLoad() {
	}

	/**
	 * What was loaded.
	 *
	 * @param names the operations' names start with this, so that a test finds them
	 * @param resultRows rows of running sums the reports made
	 */
	public record Loaded(String names, int firstYear, int years, int operations, long reports, long resultRows,
			List<UUID> ids, double seconds) {
	}

	/**
	 * Loads the operations, starting evenly over the years from {@code firstYear}, and the reports spread evenly over
	 * them. {@code rebuildKey} drops the contributions' primary key during the load and builds it after (as
	 * a bulk load would), for millions of reports.
	 */
	public static Loaded load(DataSource dataSource, String names, int operations, long reports, int firstYear,
			int years, boolean rebuildKey) throws SQLException, IOException {
		long started = System.nanoTime();
		var random = new Random(20_261_201L);
		var ids = new ArrayList<UUID>(operations);
		long resultRows = 0;
		try (var connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			var jdbc = JdbcClient.create(dataSource);
			if (rebuildKey) {
				jdbc.sql("alter table analytics_report_contributions drop constraint analytics_report_contributions_pkey")
					.update();
			}
			var operationRows = new Chunks(copy, """
					copy operations (id, name, type, organiser, lead_country, participants, partner_organisations,
					  competence, domain, risk_areas, transport_modes, locations, phases, status, handling_code,
					  first_known, created_by) from stdin""");
			var factRows = new Chunks(copy, """
					copy analytics_operations (operation_id, version, name, type, organiser, lead_country, countries,
					  risk_areas, status, first_known, starts_on, ends_on, phase_count, operational_days, year)
					from stdin""");
			var sumRows = new Chunks(copy, """
					copy analytics_results (operation_id, phase, administration, risk_area, unit, reports, controls,
					  seizures, hits, controlled, quantity, value_eur) from stdin""");
			var operationSumRows = new Chunks(copy, """
					copy analytics_operation_results (operation_id, phase, risk_area, unit, reports, controls, seizures,
					  hits, controlled, quantity, value_eur) from stdin""");
			var reportRows = new Chunks(copy, """
					copy analytics_report_contributions (report_id, operation_id, phase, administration, risk_area, unit,
					  controls, seizures, hits, controlled, quantity, value_eur, validated_at) from stdin""");
			var figures = new OtherFigures(copy);
			var figureRandom = new Random(20_261_202L);
			for (int i = 0; i < operations; i++) {
				var operation = Synthetic.operation(random, names, i, firstYear + i % years);
				figures.add(figureRandom, operation, ids.isEmpty() ? null : ids.get(ids.size() - 1));
				ids.add(operation.id());
				operationRows.add(operation.operationRow());
				factRows.add(operation.factRow());
				long count = reports / operations + (i < reports % operations ? 1 : 0);
				resultRows += operation.reports(random, count, reportRows::add, sumRows::add, operationSumRows::add);
			}
			operationRows.flush();
			factRows.flush();
			sumRows.flush();
			operationSumRows.flush();
			reportRows.flush();
			figures.flush();
			if (rebuildKey) {
				jdbc.sql("alter table analytics_report_contributions add primary key (report_id)").update();
			}
			jdbc.sql("analyze operations").update();
			jdbc.sql("analyze analytics_operations").update();
			jdbc.sql("analyze analytics_results").update();
			jdbc.sql("analyze analytics_operation_results").update();
			jdbc.sql("analyze analytics_report_contributions").update();
			for (var table : OtherFigures.TABLES) {
				jdbc.sql("analyze " + table).update();
			}
		}
		return new Loaded(names, firstYear, years, operations, reports, resultRows, List.copyOf(ids),
				(System.nanoTime() - started) / 1e9);
	}

	/**
	 * The start-up catch-up of the aggregates as if the calendar had never been read: every operation read again
	 * from the calendar and its facts kept, and the check whether any report was counted. Returns its seconds.
	 */
	public static double catchUpFromScratch(ApplicationContext context) {
		JdbcClient.create(context.getBean(DataSource.class)).sql("delete from analytics_progress").update();
		long started = System.nanoTime();
		context.getBean(AnalyticsFeed.class).catchUp();
		return (System.nanoTime() - started) / 1e9;
	}

	/** Rows written with COPY in chunks of a few megabytes, so that millions of reports never sit in memory. */
	private static final class Chunks {

		private final CopyManager copy;
		private final String sql;
		private final StringBuilder rows = new StringBuilder();

		Chunks(CopyManager copy, String sql) {
			this.copy = copy;
			this.sql = sql;
		}

		void add(String row) {
			rows.append(row).append('\n');
			if (rows.length() > CHUNK) {
				flush();
			}
		}

		void flush() {
			if (rows.isEmpty()) {
				return;
			}
			try {
				copy.copyIn(sql, new StringReader(rows.toString()));
			}
			catch (SQLException | IOException e) {
				throw new IllegalStateException(e);
			}
			rows.setLength(0);
		}
	}

	/**
	 * The figures the other modules' events keep for each operation, as a calendar of this size would have them: an
	 * invitation per participant (four in five accepted, one in ten declined with a reason), a funding application
	 * for four in five operations (most decided), a conflict with the operation before for one in four, Naples II
	 * requests for one in five, investigation cases for three in ten; and the mark that its figures were read.
	 */
	private static final class OtherFigures {

		static final List<String> TABLES = List.of("analytics_invitations", "analytics_conflicts", "analytics_funding",
				"analytics_naples", "analytics_cases", "analytics_figures_read");
		private static final List<String> REASONS = List.of("OVERLAPPING_NATIONAL_OPERATION",
				"OVERLAPPING_OTHER_BODY_OPERATION", "NO_RESOURCES", "NO_FUNDING", "RISK_AREA_NOT_RELEVANT", "OTHER");
		private static final List<String> RESOLUTIONS = List.of("DATES_MOVED", "MERGED", "RUN_JOINTLY", "ACCEPTED_AS_IS");

		private final Chunks invitations;
		private final Chunks conflicts;
		private final Chunks funding;
		private final Chunks naples;
		private final Chunks cases;
		private final Chunks read;

		OtherFigures(CopyManager copy) {
			invitations = new Chunks(copy,
					"copy analytics_invitations (operation_id, organisation, state, decline_reason) from stdin");
			conflicts = new Chunks(copy, "copy analytics_conflicts (operation_a, operation_b, resolution) from stdin");
			funding = new Chunks(copy, """
					copy analytics_funding (application_id, operation_id, programme, requested, decided, granted,
					  days_to_decision) from stdin""");
			naples = new Chunks(copy, "copy analytics_naples (operation_id, article, requests) from stdin");
			cases = new Chunks(copy, """
					copy analytics_cases (operation_id, cases, closed, charged, convictions, acquittals, penalties_eur,
					  recovered_eur, assets_seized_eur) from stdin""");
			read = new Chunks(copy, "copy analytics_figures_read (operation_id, read_at) from stdin");
		}

		void add(Random random, Synthetic operation, UUID before) {
			var id = operation.id().toString();
			for (var country : operation.participants()) {
				int answer = random.nextInt(10);
				var state = answer < 8 ? "ACCEPTED" : answer == 8 ? "DECLINED" : "OPEN";
				invitations.add(String.join("\t", id, country + "-CUSTOMS", state,
						answer == 8 ? REASONS.get(random.nextInt(REASONS.size())) : "\\N"));
			}
			if (before != null && random.nextInt(4) == 0) {
				var pair = before.compareTo(operation.id()) < 0 ? List.of(before.toString(), id)
						: List.of(id, before.toString());
				conflicts.add(String.join("\t", pair.get(0), pair.get(1),
						random.nextInt(3) == 0 ? "\\N" : RESOLUTIONS.get(random.nextInt(RESOLUTIONS.size()))));
			}
			int year = operation.phases().get(0)[0].getYear();
			if (random.nextInt(5) != 0) {
				long requested = 10_000 + random.nextInt(190_000);
				boolean decided = random.nextInt(7) != 0;
				funding.add(String.join("\t", new UUID(random.nextLong(), random.nextLong()).toString(), id,
						year <= 2013 ? "CUSTOMS-2013" : year <= 2020 ? "CUSTOMS-2020" : "CUSTOMS-2027",
						String.valueOf(requested), String.valueOf(decided),
						decided ? String.valueOf(requested * (60 + random.nextInt(41)) / 100) : "\\N",
						decided ? String.valueOf(20 + random.nextInt(180)) : "\\N"));
			}
			if (random.nextInt(5) == 0) {
				naples.add(String.join("\t", id, String.valueOf(16 + random.nextInt(9)), String.valueOf(1 + random.nextInt(3))));
			}
			if (random.nextInt(10) < 3) {
				int count = 1 + random.nextInt(5);
				int closed = random.nextInt(count + 1);
				int charged = random.nextInt(closed + 1);
				int convictions = random.nextInt(charged + 1);
				cases.add(String.join("\t", id, String.valueOf(count), String.valueOf(closed), String.valueOf(charged),
						String.valueOf(convictions), String.valueOf(charged - convictions),
						String.valueOf(random.nextInt(50_000)), String.valueOf(random.nextInt(200_000)),
						String.valueOf(random.nextInt(100_000))));
			}
			read.add(id + "\t2026-01-01 00:00:00+00");
		}

		void flush() {
			List.of(invitations, conflicts, funding, naples, cases, read).forEach(Chunks::flush);
		}
	}

	/** One synthetic operation and how its reports are made. */
	private record Synthetic(UUID id, String name, String type, String organiser, String leadCountry,
			List<String> participants, List<String> riskAreas, List<LocalDate[]> phases, String status,
			String handlingCode, LocalDate firstKnown) {

		static Synthetic operation(Random random, String names, int index, int year) {
			var lead = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
			var participants = new LinkedHashSet<String>();
			int others = 1 + random.nextInt(5);
			while (participants.size() < others) {
				var country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
				if (!country.equals(lead)) {
					participants.add(country);
				}
			}
			var areas = new LinkedHashSet<String>();
			int areaCount = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 2);
			while (areas.size() < areaCount) {
				areas.add(AREAS.get(random.nextInt(AREAS.size())));
			}
			var start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
			var phases = new ArrayList<LocalDate[]>();
			if (random.nextInt(10) < 3) {
				var firstEnd = start.plusDays(4 + random.nextInt(10));
				var second = firstEnd.plusDays(3 + random.nextInt(8));
				phases.add(new LocalDate[] { start, firstEnd });
				phases.add(new LocalDate[] { second, second.plusDays(4 + random.nextInt(10)) });
			}
			else {
				phases.add(new LocalDate[] { start, start.plusDays(4 + random.nextInt(25)) });
			}
			int handling = random.nextInt(20);
			return new Synthetic(new UUID(random.nextLong(), random.nextLong()), names + "-" + index,
					TYPES.get(random.nextInt(TYPES.size())), lead + "-CUSTOMS", lead, List.copyOf(participants),
					List.copyOf(areas), phases, random.nextInt(30) == 0 ? "CANCELLED" : "CLOSED",
					handling == 0 ? "OWNER_ONLY" : handling < 3 ? "PUBLIC_CALENDAR" : "PARTICIPANTS",
					start.minusDays(30 + random.nextInt(370)));
		}

		String operationRow() {
			return String.join("\t", id.toString(), name, type, organiser, leadCountry, array(participants), "{}",
					"SHARED", "CUSTOMS", array(riskAreas), "{ROAD}", "{}", ranges(), status, handlingCode,
					firstKnown.toString(), "benchmark");
		}

		String factRow() {
			var countries = new ArrayList<String>(participants);
			countries.add(0, leadCountry);
			int days = phases.stream().mapToInt(p -> (int) (p[1].toEpochDay() - p[0].toEpochDay()) + 1).sum();
			return String.join("\t", id.toString(), "0", name, type, organiser, leadCountry, array(countries),
					array(riskAreas), status, firstKnown.toString(), phases.get(0)[0].toString(),
					phases.get(phases.size() - 1)[1].toString(), String.valueOf(phases.size()), String.valueOf(days),
					String.valueOf(phases.get(0)[0].getYear()));
		}

		/**
		 * Makes the operation's reports: each a control (three in four, a tenth of them finding an infringement) or a
		 * seizure, by an administration taking part, in one of its phases and risk areas. Hands each report's
		 * contribution and then the sums they make to the consumers; returns the number of sums.
		 */
		int reports(Random random, long count, Consumer<String> contributions, Consumer<String> sums,
				Consumer<String> operationSums) {
			var administrations = new ArrayList<String>();
			administrations.add(organiser);
			participants.forEach(country -> administrations.add(country + "-CUSTOMS"));
			var totals = new HashMap<String, long[]>();
			var line = new StringBuilder(200);
			for (long r = 0; r < count; r++) {
				int phase = 1 + random.nextInt(phases.size());
				var administration = administrations.get(random.nextInt(administrations.size()));
				var area = riskAreas.get(random.nextInt(riskAreas.size()));
				boolean control = random.nextInt(4) != 0;
				var unit = control ? "" : UNIT.get(area);
				int hit = control ? (random.nextInt(10) == 0 ? 1 : 0) : 1;
				long controlled = control ? 1 + random.nextInt(20) : 0;
				long quantity = control ? 0 : 1 + random.nextInt(1000);
				long value = control ? 0 : random.nextInt(10_000);
				var day = phases.get(phase - 1)[0];
				line.setLength(0);
				line.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(id).append('\t')
					.append(phase).append('\t').append(administration).append('\t').append(area).append('\t')
					.append(unit).append('\t').append(control ? 1 : 0).append('\t').append(control ? 0 : 1).append('\t')
					.append(hit).append('\t').append(controlled).append('\t').append(quantity).append('\t')
					.append(value).append('\t').append(day).append(" 12:00:00+00");
				contributions.accept(line.toString());
				var sum = totals.computeIfAbsent(phase + "\t" + administration + "\t" + area + "\t" + unit,
						k -> new long[7]);
				sum[0]++;
				sum[1] += control ? 1 : 0;
				sum[2] += control ? 0 : 1;
				sum[3] += hit;
				sum[4] += controlled;
				sum[5] += quantity;
				sum[6] += value;
			}
			var overAdministrations = new HashMap<String, long[]>();
			totals.forEach((key, sum) -> {
				sums.accept(id + "\t" + key + "\t" + row(sum));
				var parts = key.split("\t", -1);
				var total = overAdministrations.computeIfAbsent(parts[0] + "\t" + parts[2] + "\t" + parts[3],
						k -> new long[7]);
				for (int i = 0; i < sum.length; i++) {
					total[i] += sum[i];
				}
			});
			overAdministrations.forEach((key, sum) -> operationSums.accept(id + "\t" + key + "\t" + row(sum)));
			return totals.size();
		}

		private static String row(long[] sum) {
			return java.util.Arrays.stream(sum).mapToObj(String::valueOf).collect(java.util.stream.Collectors.joining("\t"));
		}

		private String ranges() {
			var text = new StringBuilder("{");
			for (var phase : phases) {
				text.append(text.length() > 1 ? "," : "").append('[').append(phase[0]).append(',')
					.append(phase[1].plusDays(1)).append(')');
			}
			return text.append('}').toString();
		}

		private static String array(List<String> codes) {
			return "{" + String.join(",", codes) + "}";
		}
	}
}
