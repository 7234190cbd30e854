package eu.jcohub.analytics;

import eu.jcohub.access.Role;
import eu.jcohub.analytics.internal.AnalyticsLoad;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.TestAccounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The readings of the analytics benchmark, shared by the benchmark ({@code AnalyticsBenchmark}) and its smoke test:
 * the overview over HTTP for a mix of filters (none, each alone, combined, one year and year ranges), as readers who
 * see every operation's details and as an administration that sees part of them; and the same report figures counted
 * by a naive scan of every report row, as the baseline. The filters of one class vary from reading to reading.
 */
public final class OverviewReadings {

	private final ApplicationContext context;
	private final AnalyticsLoad.Loaded loaded;
	private final int port;

	public OverviewReadings(ApplicationContext context, AnalyticsLoad.Loaded loaded, int port) {
		this.context = context;
		this.loaded = loaded;
		this.port = port;
	}

	/** One overview filter, as the API takes it and as the naive scan applies it. */
	public record Filter(int from, int to, @Nullable String organiser, @Nullable String type,
			@Nullable String riskArea, @Nullable String state) {

		String query() {
			var query = new StringBuilder("from=" + from + "&to=" + to);
			if (organiser != null) {
				query.append("&organiser=").append(organiser);
			}
			if (type != null) {
				query.append("&type=").append(type);
			}
			if (riskArea != null) {
				query.append("&riskArea=").append(riskArea);
			}
			if (state != null) {
				query.append("&state=").append(state);
			}
			return query.toString();
		}
	}

	/** A kind of filter, with the filters its readings go through in turn. */
	public record FilterClass(String name, List<Filter> filters) {
	}

	/** Who reads: the overview's API with their personal token, and their name for the access policy. */
	public record Reader(String label, String username, Api api) {
	}

	/** The report figures of one reading, which the overview and the naive scan must agree on. */
	public record Figures(long reports, long controls, long seizures, long hits) {
	}

	/** The milliseconds of the readings, sorted. */
	public record Timing(String reader, String filterClass, double[] millis) {

		public double percentile(double p) {
			return millis[Math.min(millis.length - 1, (int) Math.ceil(p * millis.length) - 1)];
		}

		public String line() {
			return String.format(Locale.ROOT, "%-22s %-14s n=%-4d p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  max %8.1f ms",
					reader, filterClass, millis.length, percentile(0.5), percentile(0.95), percentile(0.99),
					millis[millis.length - 1]);
		}
	}

	public List<Reader> readers(String prefix) {
		var accounts = context.getBean(TestAccounts.class);
		var readers = new ArrayList<Reader>();
		for (var who : List.of(new String[] { "secretariat", "CCWP", "SECRETARIAT" },
				new String[] { "facilitator", "FACILITATION", "FACILITATOR" },
				new String[] { "administration DE", "DE-CUSTOMS", "NATIONAL_COORDINATOR" })) {
			var username = accounts.ensure(prefix + "." + who[2].toLowerCase(Locale.ROOT), who[1], Role.valueOf(who[2]));
			readers.add(new Reader(who[0], username, Api.bearer(port, accounts.apiToken(username))));
		}
		return readers;
	}

	public List<FilterClass> classes() {
		int first = loaded.firstYear();
		int last = first + loaded.years() - 1;
		var organisers = List.of("DK-CUSTOMS", "DE-CUSTOMS", "FR-CUSTOMS", "PL-CUSTOMS", "NL-CUSTOMS");
		var types = List.of("JCO_FULL_SCALE", "JCO_REGIONAL", "NATIONAL", "JOINT_POLICE_CUSTOMS");
		var areas = List.of("CIGARETTES", "TOBACCO", "DRUGS", "ALCOHOL", "WEAPONS");
		var states = List.of("DE", "FI", "PT", "ES", "LV");
		var classes = new ArrayList<FilterClass>();
		classes.add(new FilterClass("no filter", List.of(new Filter(first, last, null, null, null, null))));
		classes.add(new FilterClass("one year", years(first, last, 1)));
		classes.add(new FilterClass("year range", years(first, last, Math.min(3, loaded.years()))));
		classes.add(new FilterClass("organiser", organisers.stream()
			.map(o -> new Filter(first, last, o, null, null, null)).toList()));
		classes.add(new FilterClass("type", types.stream().map(t -> new Filter(first, last, null, t, null, null))
			.toList()));
		classes.add(new FilterClass("risk area", areas.stream().map(a -> new Filter(first, last, null, null, a, null))
			.toList()));
		classes.add(new FilterClass("state", states.stream().map(s -> new Filter(first, last, null, null, null, s))
			.toList()));
		var combined = new ArrayList<Filter>();
		for (int i = 0; i < 5; i++) {
			int from = first + i % loaded.years();
			combined.add(new Filter(from, Math.min(last, from + 2), i % 2 == 0 ? organisers.get(i) : null,
					types.get(i % types.size()), areas.get(i), i % 2 == 1 ? states.get(i) : null));
		}
		classes.add(new FilterClass("combined", combined));
		return classes;
	}

	private static List<Filter> years(int first, int last, int span) {
		var filters = new ArrayList<Filter>();
		for (int year = first; year + span - 1 <= last; year++) {
			filters.add(new Filter(year, year + span - 1, null, null, null, null));
		}
		return filters;
	}

	/** The overview as the reader gets it over HTTP: its report figures; fails on anything but 200. */
	public Figures overview(Reader reader, Filter filter) {
		var response = reader.api().get("/api/analytics/overview?" + filter.query());
		if (response.status() != 200) {
			throw new IllegalStateException("overview " + filter.query() + " answered " + response.status() + ": "
					+ response.body());
		}
		JsonNode results = response.json().get("results");
		return new Figures(results.get("reports").asLong(), results.get("controls").asLong(),
				results.get("seizures").asLong(), results.get("hits").asLong());
	}

	/** {@code rounds} timed readings of the class (after {@code warmUp} untimed ones), its filters in turn. */
	public Timing time(Reader reader, FilterClass filterClass, int warmUp, int rounds) {
		for (int i = 0; i < warmUp; i++) {
			overview(reader, filterClass.filters().get(i % filterClass.filters().size()));
		}
		var millis = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			var filter = filterClass.filters().get(i % filterClass.filters().size());
			long start = System.nanoTime();
			overview(reader, filter);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Timing(reader.label(), filterClass.name(), millis);
	}

	/** The operations whose details the reader may see, as the operations module decides (not timed). */
	public Set<UUID> visibleTo(Reader reader) {
		var accounts = context.getBean(TestAccounts.class);
		var register = context.getBean(OperationRegister.class);
		var ids = loaded.ids().stream().map(OperationId::new).toList();
		return accounts.as(reader.username(), () -> register.withDetailsVisible(ids)).stream()
			.map(OperationId::value).collect(Collectors.toSet());
	}

	/**
	 * The baseline: the same report figures counted by scanning every report row of the matching operations the
	 * reader sees in detail, per request, as the overview would without its running sums.
	 */
	public Figures naiveScan(Filter filter, Set<UUID> visible) {
		var reference = context.getBean(ReferenceData.class);
		var sql = new StringBuilder("""
				select count(*) as reports, coalesce(sum(c.controls), 0) as controls,
				       coalesce(sum(c.seizures), 0) as seizures, coalesce(sum(c.hits), 0) as hits
				from analytics_report_contributions c join analytics_operations o on o.operation_id = c.operation_id
				where o.year between ? and ? and o.status <> 'CANCELLED' and c.operation_id = any(?)""");
		var params = new ArrayList<Object>(List.of(filter.from(), filter.to(), visible.toArray(UUID[]::new)));
		if (filter.organiser() != null) {
			sql.append(" and o.organiser = ?");
			params.add(filter.organiser());
		}
		if (filter.type() != null) {
			sql.append(" and o.type = ?");
			params.add(filter.type());
		}
		if (filter.riskArea() != null) {
			sql.append(" and o.risk_areas && ?::text[]");
			params.add(reference.riskAreaAndNarrower(filter.riskArea()).toArray(String[]::new));
		}
		if (filter.state() != null) {
			sql.append(" and ? = any(o.countries)");
			params.add(filter.state());
		}
		return JdbcClient.create(context.getBean(javax.sql.DataSource.class)).sql(sql.toString()).params(params)
			.query((rs, row) -> new Figures(rs.getLong("reports"), rs.getLong("controls"), rs.getLong("seizures"),
					rs.getLong("hits")))
			.single();
	}

	/** {@code rounds} timed naive scans of the class, its filters in turn; fails when a scan and the overview differ. */
	public Timing timeNaiveScan(Reader reader, FilterClass filterClass, Set<UUID> visible, int rounds) {
		var millis = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			var filter = filterClass.filters().get(i % filterClass.filters().size());
			long start = System.nanoTime();
			var scanned = naiveScan(filter, visible);
			millis[i] = (System.nanoTime() - start) / 1e6;
			var read = overview(reader, filter);
			if (!scanned.equals(read)) {
				throw new IllegalStateException("the overview " + read + " and the scan " + scanned + " differ for "
						+ reader.label() + ", " + filter.query());
			}
		}
		Arrays.sort(millis);
		return new Timing(reader.label(), filterClass.name() + " (scan)", millis);
	}
}
