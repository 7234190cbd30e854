package eu.jcohub.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When an operation must apply to the programmes that would pay for it. A decision is counted on after the longer of
 * the programme's typical lead time and, with enough history, the time within which four in five past grants came;
 * the latest day to apply is that long before the start. Warns when that day has passed without an application, or
 * when a pending application's decision is expected after the start.
 */
final class LeadTimeAdvisor {

	private final Words words;
	private final Function<LocalDate, String> day;

	LeadTimeAdvisor(Words words, Function<LocalDate, String> day) {
		this.words = words;
		this.day = day;
	}

	List<LeadTimeAdvice> advise(EligibilityReport report, List<LeadTimeStats> stats, List<FundingApplication> applications,
			LocalDate start, LocalDate today) {
		Map<String, LeadTimeStats> byProgramme = stats.stream()
			.collect(Collectors.toMap(LeadTimeStats::programme, Function.identity()));
		var advice = new ArrayList<LeadTimeAdvice>();
		for (var programme : report.programmes()) {
			var lead = byProgramme.get(programme.code());
			if (!programme.applies() || lead == null) {
				continue;
			}
			var pending = applications.stream()
				.filter(application -> application.programme().equals(programme.code()))
				.filter(application -> application.status() != ApplicationStatus.WITHDRAWN)
				.max(Comparator.comparing(FundingApplication::status));
			if (pending.isPresent() && pending.get().status().decided()) {
				continue;
			}
			int days = lead.expectedDays();
			var latest = start.minusDays(days);
			var basis = basis(lead);
			if (pending.isPresent() && pending.get().submittedOn() != null) {
				var submitted = pending.get().submittedOn();
				var expected = submitted.plusDays(days);
				boolean late = expected.isAfter(start);
				advice.add(new LeadTimeAdvice(programme.code(), programme.name(), days, latest, late,
						words.text(late ? "funding.leadTime.pendingLate" : "funding.leadTime.pending", programme.name(),
								day.apply(submitted), day.apply(expected), day.apply(start), basis)));
			}
			else if (today.isAfter(latest)) {
				advice.add(new LeadTimeAdvice(programme.code(), programme.name(), days, latest, true,
						words.text("funding.leadTime.tooLate", programme.name(), day.apply(latest), day.apply(start), basis)));
			}
			else {
				advice.add(new LeadTimeAdvice(programme.code(), programme.name(), days, latest, false,
						words.text("funding.leadTime.applyBy", programme.name(), day.apply(latest), day.apply(start), basis)));
			}
		}
		return advice;
	}

	private String basis(LeadTimeStats lead) {
		if (lead.decisions() < LeadTimeStats.ENOUGH_HISTORY || lead.percentile80Days() == null) {
			return words.text("funding.leadTime.basis.typical", lead.typicalDays());
		}
		return words.text("funding.leadTime.basis.history", lead.typicalDays(), lead.decisions(),
				lead.percentile80Days());
	}
}
