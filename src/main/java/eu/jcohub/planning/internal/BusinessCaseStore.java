package eu.jcohub.planning.internal;

import eu.jcohub.planning.BusinessCase;
import eu.jcohub.shared.OperationId;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Business cases, one per operation. */
@Repository
public class BusinessCaseStore {

	private final JdbcClient jdbc;

	BusinessCaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BusinessCase> find(OperationId operation) {
		return jdbc.sql("select * from business_cases where operation_id = ?")
			.param(operation.value())
			.query(BusinessCaseStore::map)
			.optional();
	}

	public void save(BusinessCase business, String by, Instant at) {
		jdbc.sql("""
				insert into business_cases (operation_id, threat_basis, threat_assessment, objectives,
				    expected_participants, risk_areas, transport_modes, budget_estimate_eur, planned_start, planned_end,
				    state, review_comments, reviewed_by, reviewed_at, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (operation_id) do update set threat_basis = excluded.threat_basis,
				    threat_assessment = excluded.threat_assessment, objectives = excluded.objectives,
				    expected_participants = excluded.expected_participants, risk_areas = excluded.risk_areas,
				    transport_modes = excluded.transport_modes, budget_estimate_eur = excluded.budget_estimate_eur,
				    planned_start = excluded.planned_start, planned_end = excluded.planned_end, state = excluded.state,
				    review_comments = excluded.review_comments, reviewed_by = excluded.reviewed_by,
				    reviewed_at = excluded.reviewed_at, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(business.operationId().value(), business.threatBasis(), business.threatAssessment(),
					business.objectives(), array(business.expectedParticipants()), array(business.riskAreas()),
					array(business.transportModes()), business.budgetEstimateEur(), date(business.plannedStart()),
					date(business.plannedEnd()), business.state().name(), business.reviewComments(),
					business.reviewedBy(), business.reviewedAt() == null ? null : Timestamp.from(business.reviewedAt()),
					by, Timestamp.from(at))
			.update();
	}

	private static BusinessCase map(ResultSet rs, int row) throws SQLException {
		var reviewedAt = rs.getTimestamp("reviewed_at");
		return new BusinessCase(new OperationId(rs.getObject("operation_id", UUID.class)), rs.getString("threat_basis"),
				rs.getString("threat_assessment"), rs.getString("objectives"), set(rs.getArray("expected_participants")),
				set(rs.getArray("risk_areas")), set(rs.getArray("transport_modes")),
				ObjectiveStore.plain(rs.getBigDecimal("budget_estimate_eur")),
				rs.getDate("planned_start") == null ? null : rs.getDate("planned_start").toLocalDate(),
				rs.getDate("planned_end") == null ? null : rs.getDate("planned_end").toLocalDate(),
				BusinessCase.State.valueOf(rs.getString("state")), rs.getString("review_comments"),
				rs.getString("reviewed_by"), reviewedAt == null ? null : reviewedAt.toInstant());
	}

	private static @Nullable Date date(java.time.@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	static Set<String> set(Array array) throws SQLException {
		return Set.copyOf(Arrays.asList((String[]) array.getArray()));
	}

	static String[] array(Set<String> values) {
		return values.stream().sorted().toArray(String[]::new);
	}
}
