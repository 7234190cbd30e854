package eu.jcohub.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every programme judged for an operation under one scenario, the programme that would pay most, and what remains
 * for the participants to pay with it: the co-financing of what it pays in part, VAT, the planning costs and other
 * costs it does not pay.
 */
public record EligibilityReport(Scenario scenario, List<ProgrammeAssessment> programmes, BigDecimal total,
		@Nullable String bestProgramme, BigDecimal covered, Remains remains) {

	public EligibilityReport {
		programmes = List.copyOf(programmes);
	}

	public Optional<ProgrammeAssessment> best() {
		return programmes.stream().filter(programme -> programme.code().equals(bestProgramme)).findFirst();
	}

	public ProgrammeAssessment programme(String code) {
		return programmes.stream().filter(programme -> programme.code().equals(code)).findFirst().orElseThrow();
	}

	/** What the participants pay themselves. */
	public record Remains(BigDecimal coFinancing, BigDecimal vat, BigDecimal planning, BigDecimal other) {

		public BigDecimal total() {
			return Money.sum(List.of(coFinancing, vat, planning, other));
		}
	}
}
