package eu.jcohub.followup;

import eu.jcohub.followup.cases.Cases;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The outcomes of the investigation cases started from an operation, for other capabilities (the debriefing
 * pack, reports): counts and sums only, never a case's details or a person, so it asks no right of its own; the
 * caller shows them only to those who may read the operation's results.
 */
@Service
public class InvestigationOutcomes {

	private final Cases cases;
	private final Clock clock;

	InvestigationOutcomes(Cases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	/** What had been recorded by the end of the day (in JCO Hub's time zone). */
	public CaseOutcomes of(OperationId operation, LocalDate asOf) {
		return at(operation, asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1));
	}

	/** What had been recorded by the moment. */
	public CaseOutcomes at(OperationId operation, Instant moment) {
		return cases.outcomes(operation, moment);
	}
}
