package eu.jcohub.deconfliction.internal;

import eu.jcohub.shared.OperationId;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which operations' owners were told today that a check of which organisation met their operation: once a day
 * per operation and organisation is enough for them to know, and keeps a planner's repeated checks from flooding
 * them. The audit trail keeps every check.
 */
@Repository
public class CheckNotices {

	private final JdbcClient jdbc;

	CheckNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the notice; true if it is the first of the day for this operation and organisation. */
	public boolean firstOfTheDay(OperationId operation, String checkedBy, LocalDate day) {
		return jdbc.sql("""
				insert into conflict_check_notices (operation_id, checked_by, day) values (?, ?, ?)
				on conflict do nothing""")
			.params(operation.value(), checkedBy, Date.valueOf(day))
			.update() == 1;
	}
}
