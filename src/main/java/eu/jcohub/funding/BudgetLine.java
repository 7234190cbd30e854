package eu.jcohub.funding;

import java.math.BigDecimal;

/**
 * One cost of an operation's budget.
 *
 * @param payer the code of the administration paying it, or {@link #CENTRAL} for costs borne centrally
 */
public record BudgetLine(CostCategory category, String payer, BigDecimal amount, String note) {

	public static final String CENTRAL = "CENTRAL";

	public BudgetLine {
		amount = Money.cents(amount);
		note = note.strip();
	}
}
