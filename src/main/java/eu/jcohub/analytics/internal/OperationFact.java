package eu.jcohub.analytics.internal;

import eu.jcohub.operations.OperationEntry;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One operation as analytics counts it: its calendar entry's facts.
 *
 * @param countries the countries taking part, the lead country included
 * @param operationalDays the days of its operational phases, both ends counted
 */
public record OperationFact(OperationId id, long version, String name, String type, String organiser,
		@Nullable String leadCountry, Set<String> countries, Set<String> riskAreas, String status, LocalDate firstKnown,
		LocalDate startsOn, LocalDate endsOn, int phaseCount, int operationalDays) {

	public static OperationFact of(OperationEntry entry) {
		var plan = entry.calendarEntry();
		int days = plan.phases().stream().mapToInt(p -> (int) ChronoUnit.DAYS.between(p.start(), p.end()) + 1).sum();
		return new OperationFact(entry.id(), entry.version(), plan.name(), plan.type().name(), plan.organiser(),
				plan.leadCountry(), plan.countriesTakingPart(), plan.riskAreas(), entry.status().name(),
				entry.firstKnown(), plan.firstPhase().start(), plan.lastPhase().end(), plan.phases().size(), days);
	}

	public int year() {
		return startsOn.getYear();
	}

	/** Days from when the calendar first knew of it to its first day (negative when entered after it began). */
	public long noticeDays() {
		return ChronoUnit.DAYS.between(firstKnown, startsOn);
	}

	public boolean split() {
		return phaseCount > 1;
	}

	public boolean cancelled() {
		return status.equals("CANCELLED");
	}
}
