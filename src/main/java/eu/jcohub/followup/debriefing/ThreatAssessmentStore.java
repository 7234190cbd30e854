package eu.jcohub.followup.debriefing;

import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Proposal;
import eu.jcohub.shared.OperationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The analyst's edits of an operation's threat-assessment draft, in PostgreSQL. */
@Repository
class ThreatAssessmentStore {

	record Note(String analysis, String editedBy, Instant editedAt) {
	}

	/** An edited suggestion: the analyst's proposal, or dismissed. */
	record Edit(Proposal proposal, boolean dismissed, String editedBy) {
	}

	private final JdbcClient jdbc;

	ThreatAssessmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Note> note(OperationId operation) {
		return jdbc.sql("select * from followup_ta_notes where operation_id = ?").param(operation.value())
			.query((rs, row) -> new Note(rs.getString("analysis"), rs.getString("edited_by"),
					rs.getTimestamp("edited_at").toInstant()))
			.optional();
	}

	void saveNote(OperationId operation, String analysis, String by, Instant at) {
		jdbc.sql("""
				insert into followup_ta_notes (operation_id, analysis, edited_by, edited_at) values (?, ?, ?, ?)
				on conflict (operation_id) do update set analysis = excluded.analysis, edited_by = excluded.edited_by,
				       edited_at = excluded.edited_at""")
			.params(operation.value(), analysis, by, Timestamp.from(at))
			.update();
	}

	Map<String, Edit> edits(OperationId operation) {
		var edits = new LinkedHashMap<String, Edit>();
		jdbc.sql("select * from followup_ta_suggestions where operation_id = ? order by edited_at")
			.param(operation.value())
			.query(rs -> {
				edits.put(rs.getString("key"), new Edit(new Proposal(rs.getString("name"), rs.getString("risk_area"),
						rs.getString("transport_mode"), rs.getString("route_from"), rs.getString("route_to"),
						rs.getString("indicators")), rs.getBoolean("dismissed"), rs.getString("edited_by")));
			});
		return edits;
	}

	void saveEdit(OperationId operation, String key, Proposal p, boolean dismissed, String by, Instant at) {
		jdbc.sql("""
				insert into followup_ta_suggestions (operation_id, key, name, risk_area, transport_mode, route_from,
				       route_to, indicators, dismissed, edited_by, edited_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (operation_id, key) do update set name = excluded.name, risk_area = excluded.risk_area,
				       transport_mode = excluded.transport_mode, route_from = excluded.route_from,
				       route_to = excluded.route_to, indicators = excluded.indicators, dismissed = excluded.dismissed,
				       edited_by = excluded.edited_by, edited_at = excluded.edited_at""")
			.params(operation.value(), key, p.name(), p.riskArea(), p.transportMode(), p.routeFrom(), p.routeTo(),
					p.indicators(), dismissed, by, Timestamp.from(at))
			.update();
	}

	/** Forgets the analyst's version of a suggestion: the next draft shows it as generated again. */
	void forget(OperationId operation, String key) {
		jdbc.sql("delete from followup_ta_suggestions where operation_id = ? and key = ?").params(operation.value(), key)
			.update();
	}

}
