package eu.jcohub.cooperation;

import eu.jcohub.shared.OperationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for special forms in PostgreSQL. */
@Repository
class RequestStore {

	private static final String COLUMNS = """
			id, operation_id, seizure_report_id, in_jco, article, requesting, requested, involved, status, answer,
			drafted_on, sent_on, answered_on, executed_on, closed_on, outcome, notes, filed_by, version""";
	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredRequest r) {
		jdbc.sql("insert into naples_requests (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(r.id, r.operationId.value(), r.seizureReport, r.inJco, r.article.number(), r.requesting, r.requested,
					String.join(",", r.involved), r.status.name(), r.answer == null ? null : r.answer.name(), r.draftedOn,
					r.sentOn, r.answeredOn, r.executedOn, r.closedOn, r.outcome, r.notes, r.filedBy)
			.update();
	}

	/** Saves a change if nobody changed the request since it was loaded. */
	boolean update(StoredRequest r) {
		return jdbc.sql("""
				update naples_requests set status = ?, answer = ?, sent_on = ?, answered_on = ?, executed_on = ?,
				  closed_on = ?, outcome = ?, notes = ?, version = version + 1 where id = ? and version = ?""")
			.params(r.status.name(), r.answer == null ? null : r.answer.name(), r.sentOn, r.answeredOn, r.executedOn,
					r.closedOn, r.outcome, r.notes, r.id, r.version)
			.update() == 1;
	}

	Optional<StoredRequest> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from naples_requests where id = ?").param(id)
			.query((rs, n) -> request(rs)).optional();
	}

	List<StoredRequest> ofOperation(OperationId operation) {
		return jdbc.sql("select " + COLUMNS + " from naples_requests where operation_id = ? order by drafted_on, id")
			.param(operation.value()).query((rs, n) -> request(rs)).list();
	}

	List<StoredRequest> ofReport(UUID report) {
		return jdbc.sql("select " + COLUMNS + " from naples_requests where seizure_report_id = ? order by drafted_on, id")
			.param(report).query((rs, n) -> request(rs)).list();
	}

	List<StoredRequest> all() {
		return jdbc.sql("select " + COLUMNS + " from naples_requests order by drafted_on, id")
			.query((rs, n) -> request(rs)).list();
	}

	private static StoredRequest request(ResultSet rs) throws SQLException {
		@Nullable String answer = rs.getString("answer");
		return new StoredRequest(rs.getObject("id", UUID.class), new OperationId(rs.getObject("operation_id", UUID.class)),
				rs.getObject("seizure_report_id", UUID.class), rs.getBoolean("in_jco"),
				Article.of(rs.getInt("article"), "article"), rs.getString("requesting"), rs.getString("requested"),
				Arrays.stream(rs.getString("involved").split(",")).filter(s -> !s.isBlank()).toList(),
				RequestStatus.valueOf(rs.getString("status")), answer == null ? null : RequestStatus.valueOf(answer),
				rs.getObject("drafted_on", LocalDate.class), rs.getObject("sent_on", LocalDate.class),
				rs.getObject("answered_on", LocalDate.class), rs.getObject("executed_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), rs.getString("outcome"), rs.getString("notes"),
				rs.getString("filed_by"), rs.getLong("version"));
	}
}
