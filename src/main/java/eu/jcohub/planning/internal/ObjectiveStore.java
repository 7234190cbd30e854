package eu.jcohub.planning.internal;

import eu.jcohub.planning.Metric;
import eu.jcohub.planning.Objective;
import eu.jcohub.shared.OperationId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Measurable objectives per operation, in their order. */
@Repository
public class ObjectiveStore {

	private final JdbcClient jdbc;

	ObjectiveStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Objective> of(OperationId operation) {
		return jdbc.sql("""
				select description, metric, risk_area, unit, target from measurable_objectives
				where operation_id = ? order by position""")
			.param(operation.value())
			.query((rs, row) -> new Objective(rs.getString(1), Metric.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), plain(rs.getBigDecimal(5))))
			.list();
	}

	/** 40.00 as 40, 2.50 as 2.5. */
	static java.math.@org.jspecify.annotations.Nullable BigDecimal plain(java.math.@org.jspecify.annotations.Nullable BigDecimal number) {
		if (number == null) {
			return null;
		}
		var stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	public void replace(OperationId operation, List<Objective> objectives) {
		jdbc.sql("delete from measurable_objectives where operation_id = ?").param(operation.value()).update();
		int position = 0;
		for (var objective : objectives) {
			jdbc.sql("""
					insert into measurable_objectives (operation_id, position, description, metric, risk_area, unit, target)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(operation.value(), ++position, objective.description(), objective.metric().name(),
						objective.riskArea(), objective.unit(), objective.target())
				.update();
		}
	}
}
