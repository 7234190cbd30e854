package eu.jcohub.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An operation's budget: its cost lines and whether its administrations decided to pay it themselves, without a
 * programme (self-funding).
 */
public record Budget(List<BudgetLine> lines, boolean selfFunded, @Nullable String selfFundingNote) {

	public Budget {
		lines = List.copyOf(lines);
	}

	public static Budget empty() {
		return new Budget(List.of(), false, null);
	}

	public BigDecimal total() {
		return Money.sum(lines.stream().map(BudgetLine::amount).toList());
	}

	/** Totals per category, in the categories' order, only those with a line. */
	public Map<CostCategory, BigDecimal> byCategory() {
		var totals = new java.util.EnumMap<CostCategory, BigDecimal>(CostCategory.class);
		lines.forEach(line -> totals.merge(line.category(), line.amount(), BigDecimal::add));
		return totals;
	}

	/** Totals per payer, central first, then by code. */
	public Map<String, BigDecimal> byPayer() {
		var totals = new TreeMap<String, BigDecimal>((a, b) -> a.equals(b) ? 0
				: a.equals(BudgetLine.CENTRAL) ? -1 : b.equals(BudgetLine.CENTRAL) ? 1 : a.compareTo(b));
		lines.forEach(line -> totals.merge(line.payer(), line.amount(), BigDecimal::add));
		return totals;
	}
}
