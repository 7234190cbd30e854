package eu.jcohub.followup.internal;

import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of validated field reports, one row per report, in PostgreSQL. */
@Repository
public class ReportFigureStore {

	private final JdbcClient jdbc;

	ReportFigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the report's figures; a report validated again replaces them, the same event twice changes nothing. */
	public void upsert(ReportValidated r) {
		jdbc.sql("""
				insert into followup_report_figures (report_id, operation_id, phase, type, occurred_at, administration,
				       location_code, transport_mode, risk_area, profile_id, profile_name, quantity, unit, value_eur,
				       duties_eur, controlled_count, infringement, validated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (report_id) do update set operation_id = excluded.operation_id, phase = excluded.phase,
				       type = excluded.type, occurred_at = excluded.occurred_at, administration = excluded.administration,
				       location_code = excluded.location_code, transport_mode = excluded.transport_mode,
				       risk_area = excluded.risk_area, profile_id = excluded.profile_id, profile_name = excluded.profile_name,
				       quantity = excluded.quantity, unit = excluded.unit, value_eur = excluded.value_eur,
				       duties_eur = excluded.duties_eur, controlled_count = excluded.controlled_count,
				       infringement = excluded.infringement, validated_at = excluded.validated_at
				where followup_report_figures.validated_at <= excluded.validated_at""")
			.params(r.reportId(), r.operationId().value(), r.phase(), r.type().name(), Timestamp.from(r.occurredAt()),
					r.administration(), r.locationCode(), r.transportMode(), r.riskArea(), r.profileId(), r.profileName(),
					r.quantity(), r.unit(), r.valueEur(), r.dutiesEur(), r.controlledCount(), r.infringement(),
					Timestamp.from(r.validatedAt()))
			.update();
	}

	public Optional<ReportValidated> find(UUID reportId) {
		return jdbc.sql("select * from followup_report_figures where report_id = ?").param(reportId)
			.query(ReportFigureStore::figures).optional();
	}

	public List<ReportValidated> ofOperation(OperationId operation) {
		return jdbc.sql("select * from followup_report_figures where operation_id = ? order by occurred_at, report_id")
			.param(operation.value()).query(ReportFigureStore::figures).list();
	}

	public long count(UUID reportId) {
		return jdbc.sql("select count(*) from followup_report_figures where report_id = ?").param(reportId)
			.query(Long.class).single();
	}

	private static ReportValidated figures(ResultSet rs, int row) throws SQLException {
		return new ReportValidated(rs.getObject("report_id", UUID.class),
				OperationId.of(rs.getObject("operation_id", UUID.class)), rs.getInt("phase"),
				ReportType.valueOf(rs.getString("type")), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("administration"), rs.getString("location_code"), rs.getString("transport_mode"),
				rs.getString("risk_area"), rs.getObject("profile_id", UUID.class), rs.getString("profile_name"),
				rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getBigDecimal("value_eur"),
				rs.getBigDecimal("duties_eur"), rs.getInt("controlled_count"), rs.getBoolean("infringement"),
				rs.getTimestamp("validated_at").toInstant());
	}
}
