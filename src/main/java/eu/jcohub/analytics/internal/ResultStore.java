package eu.jcohub.analytics.internal;

import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running sums of the validated reports' figures. Each report's contribution is kept beside them, so that the
 * same event twice counts once and a report validated again with other figures replaces what it had added.
 */
@Repository
public class ResultStore {

	/** One lock for all changes to the sums: two deliveries of the same report must not both add it. */
	private static final long SUMS_LOCK = 0x414e414c59544943L;

	private final JdbcClient jdbc;

	ResultStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts the report, once; returns whether the sums changed. */
	@Transactional
	public boolean count(ReportValidated report) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(SUMS_LOCK).query(Object.class).single();
		var earlier = contribution(report.reportId());
		if (earlier.isPresent() && !earlier.get().validatedAt().isBefore(report.validatedAt())) {
			return false;
		}
		earlier.ifPresent(old -> add(old, -1));
		var now = Contribution.of(report);
		add(now, 1);
		jdbc.sql("""
				insert into analytics_report_contributions (report_id, operation_id, phase, administration, risk_area,
				       unit, controls, seizures, hits, controlled, quantity, value_eur, validated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (report_id) do update set operation_id = excluded.operation_id, phase = excluded.phase,
				       administration = excluded.administration, risk_area = excluded.risk_area, unit = excluded.unit,
				       controls = excluded.controls, seizures = excluded.seizures, hits = excluded.hits,
				       controlled = excluded.controlled, quantity = excluded.quantity, value_eur = excluded.value_eur,
				       validated_at = excluded.validated_at""")
			.params(now.reportId(), now.operationId(), now.phase(), now.administration(), now.riskArea(), now.unit(),
					now.controls(), now.seizures(), now.hits(), now.controlled(), now.quantity(), now.valueEur(),
					Timestamp.from(now.validatedAt()))
			.update();
		return true;
	}

	/** Whether any report is counted: asked at every start, so it reads one row, not millions. */
	public boolean anyCounted() {
		return jdbc.sql("select exists (select 1 from analytics_report_contributions)").query(Boolean.class).single();
	}

	/**
	 * The sums of the operations (of one reporting administration's reports when given), added up in the database
	 * per kind of operation (split or not), phase, risk area and unit: a few dozen lines for any number of operations.
	 */
	public List<ResultLine> sums(Collection<OperationId> operations, @Nullable String administration) {
		if (operations.isEmpty()) {
			return List.of();
		}
		var ids = operations.stream().map(OperationId::value).toArray(UUID[]::new);
		// All administrations' reports from the sums per operation (a few rows each), one administration's from the
		// sums per administration.
		var table = administration == null ? "analytics_operation_results" : "analytics_results";
		var only = administration == null ? "" : "and r.administration = :administration";
		var sql = jdbc.sql("""
				select o.phase_count > 1 as split, r.phase, r.risk_area, r.unit, sum(r.reports) as reports,
				       sum(r.controls) as controls, sum(r.seizures) as seizures, sum(r.hits) as hits,
				       sum(r.controlled) as controlled, sum(r.quantity) as quantity
				from %s r join analytics_operations o on o.operation_id = r.operation_id
				where r.operation_id = any(:ids) and r.reports > 0 %s
				group by 1, 2, 3, 4""".formatted(table, only))
			.param("ids", ids);
		if (administration != null) {
			sql = sql.param("administration", administration);
		}
		return sql.query((rs, row) -> new ResultLine(rs.getBoolean("split"), rs.getInt("phase"),
				rs.getString("risk_area"), rs.getString("unit"), rs.getLong("reports"), rs.getLong("controls"),
				rs.getLong("seizures"), rs.getLong("hits"), rs.getLong("controlled"), rs.getBigDecimal("quantity")))
			.list();
	}

	private Optional<Contribution> contribution(UUID reportId) {
		return jdbc.sql("select * from analytics_report_contributions where report_id = ?").param(reportId)
			.query((rs, row) -> new Contribution(reportId, rs.getObject("operation_id", UUID.class), rs.getInt("phase"),
					rs.getString("administration"), rs.getString("risk_area"), rs.getString("unit"),
					rs.getInt("controls"), rs.getInt("seizures"), rs.getInt("hits"), rs.getLong("controlled"),
					rs.getBigDecimal("quantity"), rs.getBigDecimal("value_eur"),
					rs.getTimestamp("validated_at").toInstant()))
			.optional();
	}

	private void add(Contribution c, int sign) {
		jdbc.sql("""
				insert into analytics_operation_results as r (operation_id, phase, risk_area, unit, reports, controls,
				       seizures, hits, controlled, quantity, value_eur)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (operation_id, phase, risk_area, unit) do update set
				       reports = r.reports + excluded.reports, controls = r.controls + excluded.controls,
				       seizures = r.seizures + excluded.seizures, hits = r.hits + excluded.hits,
				       controlled = r.controlled + excluded.controlled, quantity = r.quantity + excluded.quantity,
				       value_eur = r.value_eur + excluded.value_eur""")
			.params(c.operationId(), c.phase(), c.riskArea(), c.unit(), sign, sign * c.controls(), sign * c.seizures(),
					sign * c.hits(), sign * c.controlled(), c.quantity().multiply(BigDecimal.valueOf(sign)),
					c.valueEur().multiply(BigDecimal.valueOf(sign)))
			.update();
		jdbc.sql("""
				insert into analytics_results as r (operation_id, phase, administration, risk_area, unit, reports,
				       controls, seizures, hits, controlled, quantity, value_eur)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (operation_id, phase, administration, risk_area, unit) do update set
				       reports = r.reports + excluded.reports, controls = r.controls + excluded.controls,
				       seizures = r.seizures + excluded.seizures, hits = r.hits + excluded.hits,
				       controlled = r.controlled + excluded.controlled, quantity = r.quantity + excluded.quantity,
				       value_eur = r.value_eur + excluded.value_eur""")
			.params(c.operationId(), c.phase(), c.administration(), c.riskArea(), c.unit(), sign, sign * c.controls(),
					sign * c.seizures(), sign * c.hits(), sign * c.controlled(),
					c.quantity().multiply(BigDecimal.valueOf(sign)), c.valueEur().multiply(BigDecimal.valueOf(sign)))
			.update();
	}

	/** What one report adds: a control or a seizure, a hit when it found an infringement, and its amounts. */
	record Contribution(UUID reportId, UUID operationId, int phase, String administration, String riskArea, String unit,
			int controls, int seizures, int hits, long controlled, BigDecimal quantity, BigDecimal valueEur,
			java.time.Instant validatedAt) {

		static Contribution of(ReportValidated r) {
			return new Contribution(r.reportId(), r.operationId().value(), r.phase(), r.administration(),
					r.riskArea() == null ? "" : r.riskArea(), r.unit() == null ? "" : r.unit(),
					r.type() == ReportType.CONTROL ? 1 : 0, r.type() == ReportType.SEIZURE ? 1 : 0,
					r.infringement() ? 1 : 0, r.controlledCount(),
					r.quantity() == null ? BigDecimal.ZERO : r.quantity(),
					r.valueEur() == null ? BigDecimal.ZERO : r.valueEur(), r.validatedAt());
		}
	}
}
