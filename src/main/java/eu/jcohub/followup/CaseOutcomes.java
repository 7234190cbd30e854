package eu.jcohub.followup;

import java.math.BigDecimal;

/**
 * What the investigation cases started from an operation had achieved by a day: for the results page and the
 * debriefing pack. Counts and sums only, never a person.
 *
 * @param cases cases opened
 * @param closed cases closed
 * @param charged persons charged
 * @param convictions court decisions that convicted
 * @param acquittals court decisions that did not
 * @param penaltiesEur penalties imposed
 * @param recoveredEur duties and taxes recovered
 * @param assetsSeizedEur value of the assets seized
 */
public record CaseOutcomes(int cases, int closed, int charged, int convictions, int acquittals,
		BigDecimal penaltiesEur, BigDecimal recoveredEur, BigDecimal assetsSeizedEur) {

	public static final CaseOutcomes NONE = new CaseOutcomes(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
			BigDecimal.ZERO);

	/** What {@code this} adds to {@code earlier}. */
	public CaseOutcomes since(CaseOutcomes earlier) {
		return new CaseOutcomes(cases - earlier.cases, closed - earlier.closed, charged - earlier.charged,
				convictions - earlier.convictions, acquittals - earlier.acquittals,
				penaltiesEur.subtract(earlier.penaltiesEur), recoveredEur.subtract(earlier.recoveredEur),
				assetsSeizedEur.subtract(earlier.assetsSeizedEur));
	}
}
