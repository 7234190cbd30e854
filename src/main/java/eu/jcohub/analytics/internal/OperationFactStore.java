package eu.jcohub.analytics.internal;

import eu.jcohub.shared.OperationId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The operations' facts, one row each, and how far the calendar has been read. */
@Repository
public class OperationFactStore {

	private final JdbcClient jdbc;
	private volatile @Nullable Copy copy;

	OperationFactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the operation's facts as they stand; an older version (an event overtaken by a later one) changes nothing. */
	public void upsert(OperationFact f) {
		jdbc.sql("""
				insert into analytics_operations (operation_id, version, name, type, organiser, lead_country, countries,
				       risk_areas, status, first_known, starts_on, ends_on, phase_count, operational_days, year)
				values (?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?)
				on conflict (operation_id) do update set version = excluded.version, name = excluded.name,
				       type = excluded.type, organiser = excluded.organiser, lead_country = excluded.lead_country,
				       countries = excluded.countries, risk_areas = excluded.risk_areas, status = excluded.status,
				       first_known = excluded.first_known, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
				       phase_count = excluded.phase_count, operational_days = excluded.operational_days,
				       year = excluded.year, change_no = nextval('analytics_fact_change_numbers')
				where analytics_operations.version <= excluded.version""")
			.params(f.id().value(), f.version(), f.name(), f.type(), f.organiser(), f.leadCountry(),
					array(f.countries()), array(f.riskAreas()), f.status(), f.firstKnown(), f.startsOn(), f.endsOn(),
					f.phaseCount(), f.operationalDays(), f.year())
			.update();
	}

	/** Keeps each of the facts as {@link #upsert} does, in one transaction: one commit for a catch-up, not one each. */
	@Transactional
	public void upsertAll(List<OperationFact> facts) {
		facts.forEach(this::upsert);
	}

	/**
	 * The operations starting in the years, of the organiser and type, covering one of the risk areas and with the
	 * country taking part (each criterion only when given), in the order of their first day and name. Read from a copy
	 * of all the facts held in memory, read again from the database whenever a row was written, added or removed since:
	 * every write takes a new, higher number ({@code change_no}), so the count and the sum of the numbers (one quick
	 * read) tell, on any instance. The overview of ten years filters thousands of facts without loading them for each
	 * reader.
	 */
	public List<OperationFact> find(int fromYear, int toYear, @Nullable String organiser, @Nullable String type,
			@Nullable Set<String> riskAreas, @Nullable String country) {
		return current().stream()
			.filter(f -> f.year() >= fromYear && f.year() <= toYear)
			.filter(f -> organiser == null || organiser.equals(f.organiser()))
			.filter(f -> type == null || type.equals(f.type()))
			.filter(f -> riskAreas == null || f.riskAreas().stream().anyMatch(riskAreas::contains))
			.filter(f -> country == null || f.countries().contains(country))
			.toList();
	}

	private List<OperationFact> current() {
		var state = jdbc.sql("select count(*) || ':' || coalesce(sum(change_no), 0) from analytics_operations")
			.query(String.class).single();
		var held = copy;
		if (held != null && held.state().equals(state)) {
			return held.facts();
		}
		// Read after the state: a write committed in between is in the facts read, and the next call, seeing another
		// state, reads them again. A stale copy is never kept under a newer state.
		var facts = jdbc.sql("select * from analytics_operations order by starts_on, name")
			.query(OperationFactStore::map).list();
		copy = new Copy(state, facts);
		return facts;
	}

	/** All the facts as they stood when the count and the sum of their change numbers were {@code state}. */
	private record Copy(String state, List<OperationFact> facts) {
	}

	public long count() {
		return jdbc.sql("select count(*) from analytics_operations").query(Long.class).single();
	}

	public long position(String source) {
		return jdbc.sql("select position from analytics_progress where source = ?").param(source).query(Long.class)
			.optional().orElse(0L);
	}

	public void advance(String source, long position) {
		jdbc.sql("""
				insert into analytics_progress (source, position) values (?, ?)
				on conflict (source) do update set position = greatest(analytics_progress.position, excluded.position)""")
			.params(source, position).update();
	}

	private static String array(Set<String> values) {
		// PostgreSQL's array literal; the codes are reference codes (letters, digits, hyphens, underscores).
		return values.stream().map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
			.collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	private static OperationFact map(ResultSet rs, int row) throws SQLException {
		return new OperationFact(OperationId.of(rs.getObject("operation_id", UUID.class)), rs.getLong("version"),
				rs.getString("name"), rs.getString("type"), rs.getString("organiser"), rs.getString("lead_country"),
				set(rs.getArray("countries")), set(rs.getArray("risk_areas")), rs.getString("status"),
				rs.getObject("first_known", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getInt("phase_count"), rs.getInt("operational_days"));
	}

	private static Set<String> set(Array array) throws SQLException {
		return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList((String[]) array.getArray())));
	}
}
