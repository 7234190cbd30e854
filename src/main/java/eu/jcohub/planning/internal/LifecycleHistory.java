package eu.jcohub.planning.internal;

import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.shared.OperationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of every operation's lifecycle, written as the operation raises its events, in the same transaction:
 * a step is never saved without its history entry. Where an operation started (tabled as a proposal, on the day the
 * calendar first knew of it) is the operation's own record.
 */
@Repository
public class LifecycleHistory {

	private final JdbcClient jdbc;

	LifecycleHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OperationStatusChanged changed) {
		insert(changed.operationId(), changed.from(), changed.to(), changed.reason(), changed.by(), changed.at());
	}

	/** The operation's steps, oldest first; usernames as stored. */
	public List<Step> of(OperationId operation) {
		return jdbc.sql("""
				select from_status, to_status, reason, moved_by, moved_at from lifecycle_history
				where operation_id = ? order by id""")
			.param(operation.value())
			.query(LifecycleHistory::map)
			.list();
	}

	/**
	 * Where each of the operations stands as its history says (a proposal until its first step): for work done
	 * without a user, such as the reminders, which must skip closed and cancelled operations.
	 */
	public java.util.Map<OperationId, OperationStatus> statuses(java.util.Collection<OperationId> operations) {
		var statuses = new java.util.HashMap<OperationId, OperationStatus>();
		operations.forEach(operation -> statuses.put(operation, OperationStatus.PROPOSAL));
		if (operations.isEmpty()) {
			return statuses;
		}
		jdbc.sql("""
				select distinct on (operation_id) operation_id, to_status from lifecycle_history
				where operation_id = any(?) order by operation_id, id desc""")
			.param(operations.stream().map(OperationId::value).toArray(java.util.UUID[]::new))
			.query(rs -> {
				statuses.put(new OperationId(rs.getObject(1, java.util.UUID.class)),
						OperationStatus.valueOf(rs.getString(2)));
			});
		return statuses;
	}

	/** How many operational phases the operation has opened so far. */
	public int phasesOpened(OperationId operation) {
		return jdbc.sql("select count(*) from lifecycle_history where operation_id = ? and to_status = 'OPERATIONAL'")
			.param(operation.value())
			.query(Integer.class)
			.single();
	}

	private void insert(OperationId operation, @Nullable OperationStatus from, OperationStatus to,
			@Nullable String reason, @Nullable String by, Instant at) {
		jdbc.sql("""
				insert into lifecycle_history (operation_id, from_status, to_status, reason, moved_by, moved_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(operation.value(), from == null ? null : from.name(), to.name(),
					reason == null || reason.isBlank() ? null : reason.strip(), by, Timestamp.from(at))
			.update();
	}

	private static Step map(ResultSet rs, int row) throws SQLException {
		var from = rs.getString("from_status");
		return new Step(from == null ? null : OperationStatus.valueOf(from),
				OperationStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), rs.getString("moved_by"),
				rs.getTimestamp("moved_at").toInstant());
	}

	/** One stored step. */
	public record Step(@Nullable OperationStatus from, OperationStatus to, @Nullable String reason,
			@Nullable String by, Instant at) {
	}
}
