package eu.jcohub.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * One programme judged for one operation: whether it pays, at what rate, why in words, and what it would pay of the
 * budget and leave to the participants.
 */
public record ProgrammeAssessment(String code, String name, Verdict verdict, String verdictName,
		BigDecimal coveragePercent, List<String> reasons, List<CategoryShare> categories, BigDecimal covered,
		BigDecimal remaining) {

	public ProgrammeAssessment {
		reasons = List.copyOf(reasons);
		categories = List.copyOf(categories);
	}

	public boolean applies() {
		return verdict != Verdict.NOT_ELIGIBLE;
	}

	public CategoryShare category(CostCategory category) {
		return categories.stream().filter(share -> share.category() == category).findFirst().orElseThrow();
	}
}
