package eu.jcohub.followup.internal;

import eu.jcohub.followup.Recommendation;
import eu.jcohub.followup.RecommendationAction;
import eu.jcohub.followup.RecommendationStatus;
import eu.jcohub.shared.OperationId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monitoring file's recommendations, their actions and the reminders sent, in PostgreSQL. */
@Repository
public class RecommendationStore {

	private static final String COLUMNS = """
			id, reference, source, operation_id, text, addressee, status, evidence, reason, recorded_by, recorded_at, changed_at, version""";
	private final JdbcClient jdbc;

	RecommendationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every recommendation with its actions, in the order of their sources and numbers. */
	public List<Recommendation> all() {
		var actions = new HashMap<UUID, List<RecommendationAction>>();
		jdbc.sql("select * from followup_actions order by due, created_at, id").query(RecommendationStore::action).list()
			.forEach(action -> actions.computeIfAbsent(action.recommendationId(), key -> new ArrayList<>()).add(action));
		return jdbc.sql("select " + COLUMNS + " from followup_recommendations order by recorded_at, source, reference, id")
			.query((rs, row) -> recommendation(rs, actions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	public Optional<Recommendation> find(UUID id) {
		var actions = jdbc.sql("select * from followup_actions where recommendation_id = ? order by due, created_at, id")
			.param(id).query(RecommendationStore::action).list();
		return jdbc.sql("select " + COLUMNS + " from followup_recommendations where id = ?").param(id)
			.query((rs, row) -> recommendation(rs, actions)).optional();
	}

	public void insert(Recommendation r) {
		jdbc.sql("""
				insert into followup_recommendations (id, reference, source, operation_id, text, addressee, status, evidence,
				       reason, recorded_by, recorded_at, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.reference(), r.source(), r.operation() == null ? null : r.operation().value(), r.text(), r.addressee(), r.status().name(), r.evidence(),
					r.reason(), r.recordedBy(), Timestamp.from(r.recordedAt()), Timestamp.from(r.changedAt()))
			.update();
	}

	/** Saves a change made on the recommendation's version; false when another change came first. */
	public boolean update(Recommendation r) {
		return jdbc.sql("""
				update followup_recommendations set source = ?, operation_id = ?, text = ?, addressee = ?, status = ?,
				       evidence = ?, reason = ?, changed_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(r.source(), r.operation() == null ? null : r.operation().value(), r.text(), r.addressee(), r.status().name(), r.evidence(), r.reason(),
					Timestamp.from(r.changedAt()), r.id(), r.version())
			.update() == 1;
	}

	public void insert(RecommendationAction a) {
		jdbc.sql("""
				insert into followup_actions (id, recommendation_id, description, owner, due, done, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.recommendationId(), a.description(), a.owner(), Date.valueOf(a.due()), a.done(),
					a.createdBy(), Timestamp.from(a.createdAt()))
			.update();
	}

	/** Records that an overdue action was reminded of; false when it already was for this due date. */
	public boolean remindOnce(UUID action, LocalDate due, LocalDate today) {
		return jdbc.sql("""
				insert into followup_action_reminders (action_id, due, sent_on) values (?, ?, ?)
				on conflict do nothing""")
			.params(action, Date.valueOf(due), Date.valueOf(today))
			.update() == 1;
	}

	private static Recommendation recommendation(ResultSet rs, List<RecommendationAction> actions) throws SQLException {
		return new Recommendation(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("source"),
				operation(rs.getObject("operation_id", UUID.class)),
				rs.getString("text"), rs.getString("addressee"), RecommendationStatus.valueOf(rs.getString("status")),
				rs.getString("evidence"), rs.getString("reason"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("changed_at").toInstant(), rs.getLong("version"),
				actions, List.of());
	}

	private static @Nullable OperationId operation(@Nullable UUID id) {
		return id == null ? null : OperationId.of(id);
	}

	private static RecommendationAction action(ResultSet rs, int row) throws SQLException {
		return new RecommendationAction(rs.getObject("id", UUID.class), rs.getObject("recommendation_id", UUID.class),
				rs.getString("description"), rs.getString("owner"), rs.getDate("due").toLocalDate(), rs.getBoolean("done"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}
}
