package eu.jcohub.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Says which programme pays which cost of an operation and why. Under the rules in force a programme applies when
 * it is in force on the operation's days, to its competence and to its domain; it then pays its rate of the
 * categories it covers, and the rest remains for the participants. Under the 100 % mechanism every programme in
 * force on those days pays all costs, whatever the competence and domain, VAT and planning included.
 */
public final class EligibilityAdvisor {

	private static final BigDecimal FULL = BigDecimal.valueOf(100);

	private final Words words;
	private final Function<LocalDate, String> day;

	/** @param day how a day is written in the reasons */
	public EligibilityAdvisor(Words words, Function<LocalDate, String> day) {
		this.words = words;
		this.day = day;
	}

	public EligibilityReport assess(OperationFacts operation, Budget budget, List<Programme> programmes,
			Scenario scenario) {
		var costs = budget.byCategory();
		var assessments = programmes.stream().map(programme -> assess(programme, operation, costs, scenario)).toList();
		var best = assessments.stream().filter(ProgrammeAssessment::applies)
			.max(Comparator.comparing(ProgrammeAssessment::covered)
				.thenComparing(ProgrammeAssessment::coveragePercent)
				.thenComparing(assessment -> -assessments.indexOf(assessment)));
		var covered = best.map(ProgrammeAssessment::covered).orElse(Money.ZERO);
		return new EligibilityReport(scenario, assessments, budget.total(), best.map(ProgrammeAssessment::code).orElse(null),
				covered, remains(best.map(ProgrammeAssessment::categories).orElse(List.of()), costs));
	}

	/** One programme for one operation with the costs of its budget per category. */
	public ProgrammeAssessment assess(Programme programme, OperationFacts operation, Map<CostCategory, BigDecimal> costs,
			Scenario scenario) {
		var refusals = refusals(programme, operation, scenario);
		boolean applies = refusals.isEmpty();
		var rate = scenario == Scenario.FULL_COVERAGE ? FULL : programme.coveragePercent();
		var shares = Arrays.stream(CostCategory.values())
			.map(category -> share(programme, category, costs.getOrDefault(category, Money.ZERO), applies, rate, scenario))
			.toList();
		var covered = Money.sum(shares.stream().map(CategoryShare::coveredAmount).toList());
		var total = Money.sum(costs.values());
		var verdict = !applies ? Verdict.NOT_ELIGIBLE : leavesSomething(shares, rate, costs.isEmpty()) ? Verdict.PARTLY
				: Verdict.ELIGIBLE;
		var reasons = applies ? reasonsToPay(programme, operation, shares, rate, scenario, verdict) : refusals;
		return new ProgrammeAssessment(programme.code(), programme.name(), verdict, words.text("funding.verdict." + verdict),
				applies ? rate : Money.ZERO, reasons, shares, covered, total.subtract(covered));
	}

	private List<String> refusals(Programme programme, OperationFacts operation, Scenario scenario) {
		var refusals = new ArrayList<String>();
		if (!programme.validDuring(operation.firstDay(), operation.lastDay())) {
			refusals.add(programme.validTo() == null
					? words.text("funding.reason.notYetValid", programme.name(), day.apply(programme.validFrom()),
							day.apply(operation.firstDay()))
					: words.text("funding.reason.notValid", programme.name(), day.apply(programme.validFrom()),
							day.apply(programme.validTo()), day.apply(operation.firstDay()), day.apply(operation.lastDay())));
		}
		if (scenario == Scenario.FULL_COVERAGE) {
			return refusals;
		}
		if (!programme.competences().contains(operation.competence())) {
			refusals.add(words.text("funding.reason.competence", programme.name(),
					joined(programme.competences().stream().sorted().map(c -> "funding.competence." + c).toList()),
					words.text("funding.competence." + operation.competence())));
		}
		if (!programme.domains().contains(operation.domain())) {
			refusals.add(words.text("funding.reason.domain", programme.name(),
					joined(programme.domains().stream().sorted().map(d -> "funding.domain." + d).toList()),
					words.text("funding.domain." + operation.domain())));
		}
		return refusals;
	}

	private CategoryShare share(Programme programme, CostCategory category, BigDecimal amount, boolean applies,
			BigDecimal rate, Scenario scenario) {
		var name = words.text("funding.category." + category);
		String reason;
		boolean covered = false;
		if (!applies) {
			reason = words.text("funding.categoryReason.notEligible", programme.name());
		}
		else if (scenario == Scenario.FULL_COVERAGE || programme.eligible().contains(category)) {
			covered = true;
			reason = words.text("funding.categoryReason.covered", Money.percent(rate));
		}
		else if (category == CostCategory.VAT) {
			reason = words.text("funding.categoryReason.vat");
		}
		else if (category == CostCategory.STAFF_PLANNING) {
			reason = words.text("funding.categoryReason.planning");
		}
		else {
			reason = words.text("funding.categoryReason.notCovered", programme.name(), name);
		}
		return new CategoryShare(category, name, amount, covered, covered ? Money.share(amount, rate) : Money.ZERO,
				reason);
	}

	/**
	 * Whether the participants still pay part of what the programme is asked for: a rate under 100 % or a category
	 * it does not pay; without a budget yet, judged on its rules alone.
	 */
	private static boolean leavesSomething(List<CategoryShare> shares, BigDecimal rate, boolean noBudget) {
		if (rate.compareTo(FULL) < 0) {
			return true;
		}
		return shares.stream().anyMatch(share -> !share.covered() && (noBudget || share.amount().signum() > 0));
	}

	private List<String> reasonsToPay(Programme programme, OperationFacts operation, List<CategoryShare> shares,
			BigDecimal rate, Scenario scenario, Verdict verdict) {
		if (scenario == Scenario.FULL_COVERAGE) {
			return List.of(words.text("funding.reason.fullCoverage", programme.name()));
		}
		var reasons = new ArrayList<String>();
		reasons.add(words.text("funding.reason.applies", words.text("funding.verdict." + verdict), programme.name(),
				words.text("funding.competence." + operation.competence()), words.text("funding.domain." + operation.domain()),
				Money.percent(rate), names(shares, true)));
		var excluded = shares.stream().filter(share -> !share.covered()).toList();
		if (!excluded.isEmpty()) {
			reasons.add(words.text("funding.reason.excluded", names(excluded, false)));
		}
		return reasons;
	}

	private String names(List<CategoryShare> shares, boolean covered) {
		return shares.stream().filter(share -> share.covered() == covered).map(CategoryShare::categoryName)
			.collect(Collectors.joining(", "));
	}

	private String joined(List<String> keys) {
		return keys.stream().map(words::text).collect(Collectors.joining(words.text("funding.or")));
	}

	private static EligibilityReport.Remains remains(List<CategoryShare> shares, Map<CostCategory, BigDecimal> costs) {
		var coFinancing = Money.ZERO;
		var vat = Money.ZERO;
		var planning = Money.ZERO;
		var other = Money.ZERO;
		for (var entry : costs.entrySet()) {
			var share = shares.stream().filter(s -> s.category() == entry.getKey()).findFirst();
			var amount = entry.getValue();
			if (share.isPresent() && share.get().covered()) {
				coFinancing = coFinancing.add(amount.subtract(share.get().coveredAmount()));
			}
			else if (entry.getKey() == CostCategory.VAT) {
				vat = vat.add(amount);
			}
			else if (entry.getKey() == CostCategory.STAFF_PLANNING) {
				planning = planning.add(amount);
			}
			else {
				other = other.add(amount);
			}
		}
		return new EligibilityReport.Remains(coFinancing, vat, planning, other);
	}
}
