package eu.jcohub.analytics.internal;

import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.cooperation.NaplesRequestFiled;
import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.deconfliction.ConflictFound;
import eu.jcohub.deconfliction.ConflictResolved;
import eu.jcohub.followup.CaseOutcomeRecorded;
import eu.jcohub.followup.InvestigationOutcomes;
import eu.jcohub.funding.Funding;
import eu.jcohub.funding.FundingApplicationRecorded;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRevised;
import eu.jcohub.operations.OperationStatusChanged;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.planning.InvitationAnswered;
import eu.jcohub.planning.Invitations;
import eu.jcohub.planning.InvitationsSent;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the other modules' figures of each operation in step: an event that changes one (an invitation sent or
 * answered, a conflict found or resolved, a funding application recorded, a Naples II request filed, a case outcome
 * recorded) makes the operation's figures be read again through the modules' services and replace what was counted,
 * so a redelivered event changes nothing and a changed answer moves the figures. At start, the operations whose
 * figures were never read (existing data, the demo, a database restored) are read.
 */
@Component
class FigureFeed {

	private static final Logger LOG = LoggerFactory.getLogger(FigureFeed.class);

	private final OperationRegister register;
	private final Invitations invitations;
	private final ConflictChecks conflicts;
	private final Funding funding;
	private final Cooperation cooperation;
	private final InvestigationOutcomes outcomes;
	private final FigureStore store;
	private final OperationFactStore facts;
	private final Environment environment;
	private final Clock clock;

	FigureFeed(OperationRegister register, Invitations invitations, ConflictChecks conflicts, Funding funding,
			Cooperation cooperation, InvestigationOutcomes outcomes, FigureStore store, OperationFactStore facts,
			Environment environment, Clock clock) {
		this.register = register;
		this.invitations = invitations;
		this.conflicts = conflicts;
		this.funding = funding;
		this.cooperation = cooperation;
		this.outcomes = outcomes;
		this.store = store;
		this.facts = facts;
		this.environment = environment;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(InvitationsSent sent) {
		refresh(sent.operationId());
	}

	/** An answer also changes the operation's participants: its calendar facts are read again at once too. */
	@ApplicationModuleListener
	void on(InvitationAnswered answered) {
		register.entry(answered.operationId()).map(OperationFact::of).ifPresent(facts::upsert);
		refresh(answered.operationId());
	}

	@ApplicationModuleListener
	void on(ConflictFound found) {
		refresh(found.operationId());
		refresh(found.otherOperationId());
	}

	@ApplicationModuleListener
	void on(ConflictResolved resolved) {
		refresh(resolved.operationId());
	}

	@ApplicationModuleListener
	void on(FundingApplicationRecorded recorded) {
		refresh(recorded.operationId());
	}

	@ApplicationModuleListener
	void on(NaplesRequestFiled filed) {
		refresh(filed.operationId());
	}

	@ApplicationModuleListener
	void on(CaseOutcomeRecorded recorded) {
		refresh(recorded.operationId());
	}

	/**
	 * A revised operation may have lost conflicts (deconfliction re-records them in the same transaction): its pairs,
	 * and those of the operations it was in conflict with, are read again. A new one has its figures read once.
	 */
	@ApplicationModuleListener
	void on(OperationRevised revised) {
		refresh(revised.operationId());
	}

	@ApplicationModuleListener
	void on(OperationTabled tabled) {
		refresh(tabled.operationId());
	}

	@ApplicationModuleListener
	void on(OperationStatusChanged changed) {
		refresh(changed.operationId());
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void catchUp() {
		if (environment.containsProperty(AnalyticsFeed.RESTORE)) {
			return;
		}
		var all = new HashSet<OperationId>();
		register.entriesSince(0, entry -> all.add(entry.id()));
		var unread = store.unread(all);
		unread.forEach(this::refresh);
		LOG.info("Analytics read the figures of {} operations not counted yet", unread.size());
	}

	/** Reads the operation's figures as they stand now and replaces what was counted of it. */
	void refresh(OperationId id) {
		var naples = new TreeMap<Integer, Long>();
		cooperation.countsOf(id).perArticle().stream().filter(line -> line.article() != null && line.requests() > 0)
			.forEach(line -> naples.put(line.article(), line.requests()));
		store.replace(new OperationFigures(id, invitations.figuresOf(id), conflicts.outcomesOf(id),
				funding.figuresOf(id), naples, outcomes.of(id, LocalDate.now(clock))), Instant.now(clock));
	}
}
