package eu.jcohub.followup.cases;

import eu.jcohub.shared.OperationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Investigation cases and their events in PostgreSQL. */
@Repository
class CaseStore {

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextReference(int year) {
		long n = jdbc.sql("select nextval('followup_case_numbers')").query(Long.class).single();
		return "CASE-%d-%04d".formatted(year, n);
	}

	void insert(InvestigationCase c, String createdBy) {
		jdbc.sql("""
				insert into followup_cases (id, reference, report_id, operation_id, report_administration, kind, owner,
				       investigated_by, opened_on, closed_on, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.reference(), c.reportId(), c.operationId().value(), c.reportAdministration(),
					c.kind().name(), c.owner(), c.investigatedBy(), c.openedOn(), c.closedOn(), createdBy,
					Timestamp.from(c.updatedAt()), Timestamp.from(c.updatedAt()))
			.update();
	}

	void insert(UUID caseId, CaseEvent e) {
		jdbc.sql("""
				insert into followup_case_events (id, case_id, type, happened_on, amount_eur, convicted, persons,
				       persons_count, note, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), caseId, e.type().name(), e.on(), e.amountEur(), e.convicted(), e.persons(),
					e.personsCount(), e.note(), e.recordedBy(), Timestamp.from(e.recordedAt()))
			.update();
		jdbc.sql("update followup_cases set updated_at = greatest(updated_at, ?) where id = ?")
			.params(Timestamp.from(e.recordedAt()), caseId).update();
		if (e.type() == EventType.CLOSED) {
			jdbc.sql("update followup_cases set closed_on = ? where id = ?").params(e.on(), caseId).update();
		}
	}

	Optional<InvestigationCase> find(UUID id) {
		return list("where c.id = ?", id).stream().findFirst();
	}

	List<InvestigationCase> ofOperation(OperationId operation) {
		return list("where c.operation_id = ?", operation.value());
	}

	List<InvestigationCase> ofReport(UUID report) {
		return list("where c.report_id = ?", report);
	}

	List<InvestigationCase> all() {
		return list("", null);
	}

	List<InvestigationCase> open() {
		return list("where c.closed_on is null", null);
	}

	/** Cases whose events name persons, for retention and subject access. */
	List<InvestigationCase> holdingPersons() {
		return list("where exists (select 1 from followup_case_events e where e.case_id = c.id and e.persons is not null)",
				null);
	}

	/** Erases the persons named in the case's events; says whether there were any. */
	boolean erasePersons(UUID caseId) {
		return jdbc.sql("update followup_case_events set persons = null where case_id = ? and persons is not null")
			.param(caseId).update() > 0;
	}

	/** For each report with cases: empty while one of them is open, else the day the last one closed. */
	Map<UUID, Optional<LocalDate>> closures(Collection<UUID> reports) {
		if (reports.isEmpty()) {
			return Map.of();
		}
		var rows = jdbc.sql("""
				select report_id, bool_or(closed_on is null) as any_open, max(closed_on) as last_closed
				from followup_cases where report_id in (:reports) group by report_id""")
			.param("reports", reports)
			.query((rs, n) -> Map.entry(rs.getObject("report_id", UUID.class),
					rs.getBoolean("any_open") ? Optional.<LocalDate>empty()
							: Optional.of(rs.getDate("last_closed").toLocalDate())))
			.list();
		return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Reminds once per interval: true when the case was not reminded of since {@code since}. */
	boolean remindOnce(UUID caseId, LocalDate since, LocalDate today) {
		return jdbc.sql("""
				insert into followup_case_reminders (case_id, sent_on) values (?, ?)
				on conflict (case_id) do update set sent_on = excluded.sent_on
				where followup_case_reminders.sent_on <= ?""")
			.params(caseId, today, since)
			.update() > 0;
	}

	private List<InvestigationCase> list(String where, @Nullable Object parameter) {
		var sql = "select c.* from followup_cases c " + where + " order by c.opened_on, c.reference";
		var statement = jdbc.sql(sql);
		if (parameter != null) {
			statement = statement.param(parameter);
		}
		var heads = statement.query(CaseStore::head).list();
		if (heads.isEmpty()) {
			return List.of();
		}
		var ids = heads.stream().map(InvestigationCase::id).toList();
		var events = jdbc.sql("select * from followup_case_events where case_id in (:ids)").param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("case_id", UUID.class), event(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return heads.stream()
			.map(c -> new InvestigationCase(c.id(), c.reference(), c.reportId(), c.operationId(),
					c.reportAdministration(), c.kind(), c.owner(), c.investigatedBy(), c.openedOn(), c.closedOn(),
					c.updatedAt(), events.getOrDefault(c.id(), List.of()), true))
			.toList();
	}

	private static InvestigationCase head(ResultSet rs, int row) throws SQLException {
		var closed = rs.getDate("closed_on");
		return new InvestigationCase(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("report_id", UUID.class), OperationId.of(rs.getObject("operation_id", UUID.class)),
				rs.getString("report_administration"), CaseKind.valueOf(rs.getString("kind")), rs.getString("owner"),
				rs.getString("investigated_by"), rs.getDate("opened_on").toLocalDate(),
				closed == null ? null : closed.toLocalDate(), rs.getTimestamp("updated_at").toInstant(), List.of(), true);
	}

	private static CaseEvent event(ResultSet rs) throws SQLException {
		return new CaseEvent(rs.getObject("id", UUID.class), EventType.valueOf(rs.getString("type")),
				rs.getDate("happened_on").toLocalDate(), rs.getBigDecimal("amount_eur"),
				rs.getObject("convicted", Boolean.class), rs.getString("persons"), rs.getInt("persons_count"),
				rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}
}
