package eu.jcohub.followup.debriefing;

import eu.jcohub.planning.Objective;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an operation achieved against a measured objective, from its validated reports alone (drafts, queried and
 * rejected reports never count) and, for Naples II, the count of its requests.
 *
 * @param reports the operation's validated reports
 * @param naplesRequests how many Naples II requests were made in the operation
 * @param narrower a risk area and the areas under it (cigarettes counts under tobacco)
 */
record Achievement(List<ReportValidated> reports, long naplesRequests, Function<String, Set<String>> narrower) {

	/** The figure reached; zero when nothing counted. */
	BigDecimal of(Objective objective) {
		return switch (objective.metric()) {
			case CONTROLS -> count(r -> r.type() == ReportType.CONTROL);
			case SEIZURES -> count(r -> r.type() == ReportType.SEIZURE);
			case SEIZURES_OF_RISK_AREA -> count(seizureIn(objective));
			case QUANTITY_SEIZED -> quantity(objective);
			case PARTICIPATING_ADMINISTRATIONS ->
				BigDecimal.valueOf(reports.stream().map(ReportValidated::administration).distinct().count());
			case NAPLES_II_REQUESTS -> BigDecimal.valueOf(naplesRequests);
			case ASSESSED_MANUALLY -> throw new IllegalArgumentException("an objective assessed by hand has no figure");
		};
	}

	/** Met when the figure reached is at least the target. */
	static Verdict verdict(Objective objective, BigDecimal achieved) {
		return objective.target() != null && achieved.compareTo(objective.target()) >= 0 ? Verdict.MET : Verdict.NOT_MET;
	}

	private BigDecimal count(Predicate<ReportValidated> counted) {
		return BigDecimal.valueOf(reports.stream().filter(counted).count());
	}

	private Predicate<ReportValidated> seizureIn(Objective objective) {
		var areas = narrower.apply(Objects.requireNonNull(objective.riskArea()));
		return r -> r.type() == ReportType.SEIZURE && r.riskArea() != null && areas.contains(r.riskArea());
	}

	/** Seized quantities in the objective's unit (euro: the seizures' value), within its risk area. */
	private BigDecimal quantity(Objective objective) {
		var unit = Objects.requireNonNull(objective.unit());
		return reports.stream().filter(seizureIn(objective))
			.map(r -> unit.equals("EUR") ? r.valueEur()
					: r.unit() != null && r.unit().toUpperCase(Locale.ROOT).equals(unit) ? r.quantity() : null)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
