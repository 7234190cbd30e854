package eu.jcohub.planning.internal;

import eu.jcohub.planning.Deadline;
import eu.jcohub.planning.Task;
import eu.jcohub.planning.TaskCategory;
import eu.jcohub.planning.TaskState;
import eu.jcohub.shared.OperationId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checklist tasks. */
@Repository
public class TaskStore {

	private static final String COLUMNS = """
			id, operation_id, position, title, category, due, offset_amount, offset_unit, anchor, owner_organisation,
			owner_username, state, done_at, done_by, version""";
	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Task> of(OperationId operation) {
		return jdbc.sql("select " + COLUMNS + " from checklist_tasks where operation_id = ? order by due, position")
			.param(operation.value())
			.query(TaskStore::map)
			.list();
	}

	/** The tasks of many operations at once, per operation (the facilitator board). */
	public Map<OperationId, List<Task>> of(Collection<OperationId> operations) {
		if (operations.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + COLUMNS + " from checklist_tasks where operation_id = any(?) order by due, position")
			.param(operations.stream().map(OperationId::value).toArray(UUID[]::new))
			.query(TaskStore::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Task::operationId));
	}

	public Optional<Task> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from checklist_tasks where id = ?").param(id).query(TaskStore::map).optional();
	}

	/** Unsettled tasks due on or before the day (overdue ones included), for the reminders. */
	public List<Task> unsettledDueBy(LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from checklist_tasks where state in ('OPEN', 'IN_PROGRESS') and due <= ?"
				+ " order by due, position")
			.param(Date.valueOf(day))
			.query(TaskStore::map)
			.list();
	}

	public int nextPosition(OperationId operation) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from checklist_tasks where operation_id = ?")
			.param(operation.value())
			.query(Integer.class)
			.single();
	}

	public void insert(Task task) {
		var deadline = task.deadline();
		jdbc.sql("""
				insert into checklist_tasks (id, operation_id, position, title, category, due, offset_amount, offset_unit,
				    anchor, owner_organisation, owner_username, state, done_at, done_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(task.id(), task.operationId().value(), task.position(), task.title(), task.category().name(),
					Date.valueOf(task.due()), deadline == null ? null : deadline.amount(),
					deadline == null ? null : deadline.unit().name(), deadline == null ? null : deadline.anchor().name(),
					task.ownerOrganisation(), task.ownerUsername(), task.state().name(),
					task.doneAt() == null ? null : Timestamp.from(task.doneAt()), task.doneBy())
			.update();
	}

	/** Saves the task if nobody changed it since it was read ({@code task.version()}); false otherwise. */
	public boolean update(Task task) {
		var deadline = task.deadline();
		return jdbc.sql("""
				update checklist_tasks set title = ?, category = ?, due = ?, offset_amount = ?, offset_unit = ?,
				    anchor = ?, owner_organisation = ?, owner_username = ?, state = ?, done_at = ?, done_by = ?,
				    version = version + 1
				where id = ? and version = ?""")
			.params(task.title(), task.category().name(), Date.valueOf(task.due()),
					deadline == null ? null : deadline.amount(), deadline == null ? null : deadline.unit().name(),
					deadline == null ? null : deadline.anchor().name(), task.ownerOrganisation(), task.ownerUsername(),
					task.state().name(), task.doneAt() == null ? null : Timestamp.from(task.doneAt()), task.doneBy(),
					task.id(), task.version())
			.update() == 1;
	}

	/** Whether a reminder of this kind was sent for the task at this due day; records it if not. */
	public boolean remindOnce(UUID task, String kind, LocalDate due, LocalDate today) {
		return jdbc.sql("""
				insert into task_reminders (task_id, kind, due, sent_on) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(task, kind, Date.valueOf(due), Date.valueOf(today))
			.update() == 1;
	}

	public Set<OperationId> operationsWithTasks(Collection<OperationId> operations) {
		if (operations.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select distinct operation_id from checklist_tasks where operation_id = any(?)")
			.param(operations.stream().map(OperationId::value).toArray(UUID[]::new))
			.query((rs, row) -> new OperationId(rs.getObject(1, UUID.class)))
			.list());
	}

	static Task map(ResultSet rs, int row) throws SQLException {
		var unit = rs.getString("offset_unit");
		var deadline = unit == null ? null : new Deadline(rs.getInt("offset_amount"), Deadline.Unit.valueOf(unit),
				Deadline.Anchor.valueOf(rs.getString("anchor")));
		var doneAt = rs.getTimestamp("done_at");
		return new Task(rs.getObject("id", UUID.class), new OperationId(rs.getObject("operation_id", UUID.class)),
				rs.getInt("position"), rs.getString("title"), TaskCategory.valueOf(rs.getString("category")),
				rs.getDate("due").toLocalDate(), deadline, rs.getString("owner_organisation"),
				rs.getString("owner_username"), TaskState.valueOf(rs.getString("state")),
				doneAt == null ? null : doneAt.toInstant(), rs.getString("done_by"), rs.getLong("version"));
	}
}
