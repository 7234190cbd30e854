package eu.jcohub.funding;

import java.math.BigDecimal;

/** What a programme pays of one cost category of the budget, and why. */
public record CategoryShare(CostCategory category, String categoryName, BigDecimal amount, boolean covered,
		BigDecimal coveredAmount, String reason) {
}
