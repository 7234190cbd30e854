package eu.jcohub.coordination.internal;

import eu.jcohub.seizures.PhaseClosed;
import eu.jcohub.seizures.PhaseOpened;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.seizures.RiskProfileVersioned;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this module's copy of what the reporting side decided: validated reports in the tallies (once each, however
 * often the event is delivered), phases and risk profiles. Followers of the picture hear of a change once it is
 * committed.
 */
@Component
class Projections {

	private final TallyApplier applier;
	private final PhasesAndProfiles plans;

	Projections(TallyApplier applier, PhasesAndProfiles plans) {
		this.applier = applier;
		this.plans = plans;
	}

	/**
	 * In the validation's own transaction: the report is queued there, so that it reaches the tallies however busy
	 * the application is (see {@link TallyApplier}), and the validation costs one insert, not a second transaction.
	 */
	@EventListener
	void on(ReportValidated report) {
		applier.enqueue(report);
	}

	@ApplicationModuleListener
	void on(RiskProfileVersioned profile) {
		plans.versioned(profile);
	}

	@ApplicationModuleListener
	void on(PhaseOpened opened) {
		plans.opened(opened);
	}

	@ApplicationModuleListener
	void on(PhaseClosed closed) {
		plans.closed(closed);
	}
}
