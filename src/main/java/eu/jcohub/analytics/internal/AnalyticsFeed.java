package eu.jcohub.analytics.internal;

import eu.jcohub.followup.ReportFigures;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRevised;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the aggregates in step. An operation's event makes its facts be read again as they stand (so events
 * delivered twice or out of order leave the right facts); a validated report is counted once. At start, whatever
 * the calendar changed since the last position read is caught up, and the reports are counted from follow-up's
 * figures when none is counted yet (a database restored, or the module added to existing data).
 */
@Component
class AnalyticsFeed {

	private static final Logger LOG = LoggerFactory.getLogger(AnalyticsFeed.class);
	static final String CALENDAR = "calendar";
	/** Facts kept per transaction while catching up: thousands of operations after a restore. */
	private static final int CATCH_UP_BATCH = 1_000;
	/** The option of a start that restores a backup (the backup module's {@code --restore=<file>}). */
	static final String RESTORE = "restore";

	private final OperationRegister register;
	private final ReportFigures reports;
	private final OperationFactStore facts;
	private final ResultStore results;
	private final Environment environment;

	AnalyticsFeed(OperationRegister register, ReportFigures reports, OperationFactStore facts, ResultStore results,
			Environment environment) {
		this.register = register;
		this.reports = reports;
		this.facts = facts;
		this.results = results;
		this.environment = environment;
	}

	@ApplicationModuleListener
	void on(OperationTabled tabled) {
		refresh(tabled.operationId());
	}

	@ApplicationModuleListener
	void on(OperationRevised revised) {
		refresh(revised.operationId());
	}

	@ApplicationModuleListener
	void on(OperationStatusChanged changed) {
		refresh(changed.operationId());
	}

	@ApplicationModuleListener
	void on(ReportValidated validated) {
		results.count(validated);
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		if (environment.containsProperty(RESTORE)) {
			// A start that restores a backup and ends leaves the database exactly as the backup holds it; the next
			// start catches the aggregates up.
			return;
		}
		var from = facts.position(CALENDAR);
		var read = new ArrayList<OperationFact>();
		var last = register.entriesSince(from, entry -> {
			read.add(OperationFact.of(entry));
			if (read.size() == CATCH_UP_BATCH) {
				facts.upsertAll(read);
				read.clear();
			}
		});
		facts.upsertAll(read);
		facts.advance(CALENDAR, last);
		if (!results.anyCounted()) {
			var counted = new long[1];
			facts.find(1900, 2200, null, null, null, null).forEach(fact -> reports.ofOperation(fact.id())
				.forEach(report -> counted[0] += results.count(report) ? 1 : 0));
			LOG.info("Analytics counted {} validated reports already in JCO Hub", counted[0]);
		}
	}

	private void refresh(OperationId id) {
		register.entry(id).map(OperationFact::of).ifPresent(facts::upsert);
	}
}
