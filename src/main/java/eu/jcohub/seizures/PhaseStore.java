package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The operational phases of operations as they were opened and closed. */
@Repository
class PhaseStore {

	private final JdbcClient jdbc;

	PhaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReportingPhase> of(OperationId operation) {
		return jdbc.sql("select phase, opened_at, closed_at from report_phases where operation_id = ? order by phase")
			.param(operation.value())
			.query((rs, row) -> {
				var closed = rs.getTimestamp("closed_at");
				return new ReportingPhase(rs.getInt("phase"), rs.getTimestamp("opened_at").toInstant(),
						closed == null ? null : closed.toInstant());
			})
			.list();
	}

	Optional<ReportingPhase> find(OperationId operation, int phase) {
		return of(operation).stream().filter(known -> known.number() == phase).findFirst();
	}

	/** The number of the phase opened. */
	int open(OperationId operation, Instant at) {
		return jdbc.sql("""
				insert into report_phases (operation_id, phase, opened_at)
				select ?, coalesce(max(phase), 0) + 1, ? from report_phases where operation_id = ?
				returning phase""")
			.params(operation.value(), Timestamp.from(at), operation.value())
			.query(Integer.class)
			.single();
	}

	/** Closes the phase open, if any; its number. */
	Optional<Integer> close(OperationId operation, Instant at) {
		return jdbc.sql("""
				update report_phases set closed_at = ? where operation_id = ? and closed_at is null returning phase""")
			.params(Timestamp.from(at), operation.value())
			.query(Integer.class)
			.optional();
	}

	/** The phase under way at the moment, or the last one that had closed by then; none before the first. */
	@Nullable Integer phaseAt(OperationId operation, Instant at) {
		return of(operation).stream()
			.filter(phase -> !phase.openedAt().isAfter(at))
			.map(ReportingPhase::number)
			.reduce((first, second) -> second)
			.orElse(null);
	}
}
