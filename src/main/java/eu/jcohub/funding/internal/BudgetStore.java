package eu.jcohub.funding.internal;

import eu.jcohub.funding.Budget;
import eu.jcohub.funding.BudgetLine;
import eu.jcohub.funding.CostCategory;
import eu.jcohub.shared.OperationId;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Operations' budgets: their lines and the self-funding decisions. */
@Repository
public class BudgetStore {

	private final JdbcClient jdbc;

	BudgetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Budget of(OperationId operation) {
		var lines = jdbc.sql("select * from funding_budget_lines where operation_id = ? order by id")
			.param(operation.value())
			.query((rs, row) -> new BudgetLine(CostCategory.valueOf(rs.getString("category")), rs.getString("payer"),
					rs.getBigDecimal("amount_eur"), rs.getString("note")))
			.list();
		var note = jdbc.sql("select note from funding_self_funding where operation_id = ?").param(operation.value())
			.query(String.class).optional();
		return new Budget(lines, note.isPresent(), note.orElse(null));
	}

	/** Replaces the whole budget of the operation. */
	public void replace(OperationId operation, Budget budget, String by, Instant at) {
		jdbc.sql("delete from funding_budget_lines where operation_id = ?").param(operation.value()).update();
		for (var line : budget.lines()) {
			jdbc.sql("insert into funding_budget_lines (operation_id, category, payer, amount_eur, note) values (?, ?, ?, ?, ?)")
				.params(operation.value(), line.category().name(), line.payer(), line.amount(), line.note())
				.update();
		}
		selfFunding(operation, budget.selfFunded(), budget.selfFundingNote(), by, at);
	}

	private void selfFunding(OperationId operation, boolean selfFunded, @Nullable String note, String by, Instant at) {
		if (!selfFunded) {
			jdbc.sql("delete from funding_self_funding where operation_id = ?").param(operation.value()).update();
			return;
		}
		jdbc.sql("""
				insert into funding_self_funding (operation_id, note, decided_by, decided_at) values (?, ?, ?, ?)
				on conflict (operation_id) do update set note = excluded.note""")
			.params(operation.value(), note == null ? "" : note, by, Timestamp.from(at))
			.update();
	}
}
