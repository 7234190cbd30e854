package eu.jcohub.followup.debriefing;

import eu.jcohub.shared.OperationId;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessments of objectives measured by hand, one per objective's position, in PostgreSQL. */
@Repository
class AssessmentStore {

	/** An assessment with the wording of the objective it was made on. */
	record Stored(String description, Assessment assessment) {
	}

	private final JdbcClient jdbc;

	AssessmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Integer, Stored> of(OperationId operation) {
		var found = new HashMap<Integer, Stored>();
		jdbc.sql("select * from followup_objective_assessments where operation_id = ?").param(operation.value())
			.query(rs -> {
				found.put(rs.getInt("objective"), new Stored(rs.getString("description"),
						new Assessment(Verdict.valueOf(rs.getString("verdict")), rs.getString("text"),
								rs.getString("author"), rs.getTimestamp("assessed_at").toInstant())));
			});
		return found;
	}

	void save(OperationId operation, int objective, String description, Assessment a) {
		jdbc.sql("""
				insert into followup_objective_assessments (operation_id, objective, description, verdict, text, author,
				       assessed_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (operation_id, objective) do update set description = excluded.description,
				       verdict = excluded.verdict, text = excluded.text, author = excluded.author,
				       assessed_at = excluded.assessed_at""")
			.params(operation.value(), objective, description, a.verdict().name(), a.text(), a.author(),
					Timestamp.from(a.assessedAt()))
			.update();
	}
}
