package eu.jcohub.funding;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole budget as typed: its lines (category code, payer code or CENTRAL, amount in euro with at most two
 * decimals) and whether the administrations decided to pay it themselves.
 */
public record BudgetDraft(@Nullable List<Line> lines, @Nullable Boolean selfFunded, @Nullable String selfFundingNote) {

	public record Line(@Nullable String category, @Nullable String payer, @Nullable String amount,
			@Nullable String note) {
	}
}
