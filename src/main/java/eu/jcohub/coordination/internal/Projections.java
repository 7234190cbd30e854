package eu.jcohub.coordination.internal;

import eu.jcohub.seizures.PhaseClosed;
import eu.jcohub.seizures.PhaseOpened;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.seizures.RiskProfileVersioned;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps this module's copy of what the reporting side decided: validated reports in the tallies (once each, however
 * often the event is delivered), phases and risk profiles. Followers of the picture hear of a change once it is
 * committed.
 */
@Component
class Projections {

	private final Tallies tallies;
	private final PhasesAndProfiles plans;
	private final PictureFeed feed;
	private final Clock clock;

	Projections(Tallies tallies, PhasesAndProfiles plans, PictureFeed feed, Clock clock) {
		this.tallies = tallies;
		this.plans = plans;
		this.feed = feed;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ReportValidated report) {
		if (!tallies.apply(report, clock.instant())) {
			return;
		}
		if (report.profileId() != null && report.profileName() != null) {
			plans.namedInReport(report.operationId(), report.phase(), report.profileId(), report.profileName());
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				feed.changed(report.operationId());
			}
		});
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
