package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Visibility;
import eu.jcohub.protection.ProtectionRules;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.VersionRequired;
import eu.jcohub.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting seizures and reading them as the access policy allows. Every read of a report's details is
 * written to the audit trail, in the owner's trail too.
 */
@Service
public class SeizureReports {

	private final SeizureStore store;
	private final SeizureChecks checks;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final PhaseStore phases;
	private final ReportCircles circles;

	SeizureReports(SeizureStore store, SeizureChecks checks, OperationRegister operations, AccessPolicy access,
			ApplicationEventPublisher events, Clock clock, PhaseStore phases, ReportCircles circles) {
		this.phases = phases;
		this.circles = circles;
		this.store = store;
		this.checks = checks;
		this.operations = operations;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Reports a seizure on the operation, owned by the reporting officer's organisation. */
	@Transactional
	public SeizureView report(OperationId operationId, SeizureDraft draft) {
		var visibility = access.visibility();
		var operation = operations.circle(operationId);
		var today = LocalDate.now(clock);
		visibility.require(SeizureRules.REPORT, operation.asRecord(today));
		var facts = checks.facts(draft, operation, today);
		var owner = visibility.user().organisation();
		var now = Instant.now(clock);
		var occurred = facts.seizedOn().equals(today) ? now : facts.seizedOn().atStartOfDay(clock.getZone()).toInstant();
		var report = new SeizureReport(UUID.randomUUID(), operationId, store.nextReference(owner, facts.seizedOn().getYear()),
				owner, facts, draft.handlingCode(), draft.namedOrganisations(), draft.subject(), Set.of(),
				visibility.user().username(), now, 0, SeizureReport.Field.seizure(occurred, phases.phaseAt(operationId, occurred)),
				SeizureReport.Review.RECEIVED);
		store.insert(report);
		events.publishEvent(RecordChanged.created(SeizureAuditVocabulary.SEIZURE_REPORT, report.id().toString(),
				report.auditState()).ownedBy(owner).labelled(report.reference()));
		return view(report, operation, visibility, today);
	}

	/** The field errors a draft has, without saving anything (for a form that found errors of its own). */
	public Map<String, String> problemsOf(OperationId operationId, SeizureDraft draft) {
		try {
			checks.facts(draft, operations.circle(operationId), LocalDate.now(clock));
			return Map.of();
		}
		catch (InvalidInput invalid) {
			return invalid.fieldErrors();
		}
	}

	/** One report, as the user may see it; the read is recorded in the audit trail. */
	@Transactional
	public SeizureView read(UUID id) {
		var visibility = access.visibility();
		var report = load(id);
		var operation = operations.circle(report.operationId());
		var today = LocalDate.now(clock);
		var record = protect(report, operation, today);
		if (!visibility.readsAsPartner(SeizureRules.READ, record)) {
			visibility.requireDetails(record);
			visibility.require(SeizureRules.READ, record);
		}
		boolean personal = ProtectionRules.maySeePersonalData(visibility, record);
		events.publishEvent(RecordChanged.of(SeizureAuditVocabulary.SEIZURE_REPORT, id.toString(), AuditAction.READ,
				Map.of("reference", report.reference(), "personalDataShown", personal && !report.subject().isEmpty()))
			.ownedBy(report.owner()).labelled(report.reference()));
		return view(report, operation, visibility, today);
	}

	/**
	 * The operation a report belongs to, for those who may amend it (a form that failed needs it to show itself
	 * again); not a read of the report's details.
	 */
	public OperationId operationOf(UUID id) {
		var report = load(id);
		access.visibility().require(SeizureRules.AMEND,
				protect(report, operations.circle(report.operationId()), LocalDate.now(clock)));
		return report.operationId();
	}

	/** The index of an operation's reports the user may open (their details are not read by listing them). */
	public List<SeizureSummary> ofOperation(OperationId operationId) {
		var visibility = access.visibility();
		var operation = operations.circle(operationId);
		var today = LocalDate.now(clock);
		return store.ofOperation(operationId).stream()
			.filter(report -> {
				var record = protect(report, operation, today);
				return visibility.canRead(SeizureRules.READ, record);
			})
			.map(report -> new SeizureSummary(report.id(), report.reference(), report.owner(), report.facts().seizedOn(),
					report.facts().goodsCategory(), report.handlingCode()))
			.toList();
	}

	/**
	 * Refuses (403) whoever may not report on the operation, before anything they sent is read: a refusal never
	 * depends on the input.
	 */
	public void requireReportOn(OperationId operationId) {
		access.visibility().require(SeizureRules.REPORT, operations.circle(operationId).asRecord(LocalDate.now(clock)));
	}

	/** Refuses (403) whoever may not amend the report, before anything they sent is read. */
	public void requireAmend(UUID id) {
		operationOf(id);
	}

	/** Whether the user may report seizures on the operation (to offer the form). */
	public boolean mayReportOn(OperationId operationId) {
		var operation = operations.circle(operationId);
		return access.visibility().allows(SeizureRules.REPORT, operation.asRecord(LocalDate.now(clock)));
	}

	/**
	 * Amends a report: its facts, persons and handling code. Only the owner may widen who can read it;
	 * {@code expectedVersion}, the version the amendment was made on, guards against lost updates and is required
	 * ({@link VersionRequired} without it).
	 */
	@Transactional
	public SeizureView amend(UUID id, SeizureDraft draft, @Nullable Long expectedVersion) {
		var visibility = access.visibility();
		var report = load(id);
		var operation = operations.circle(report.operationId());
		var today = LocalDate.now(clock);
		var record = protect(report, operation, today);
		visibility.require(SeizureRules.AMEND, record);
		if (expectedVersion == null) {
			throw new VersionRequired();
		}
		var facts = checks.facts(draft, operation, today);
		visibility.requireHandlingChange(record, draft.handlingCode(), draft.namedOrganisations());
		if (expectedVersion != report.version()) {
			throw stale(report);
		}
		var before = report.auditState();
		report.amend(facts, draft.subject());
		report.classify(draft.handlingCode(), draft.namedOrganisations());
		if (!store.update(report)) {
			throw stale(report);
		}
		events.publishEvent(RecordChanged.updated(SeizureAuditVocabulary.SEIZURE_REPORT, id.toString(), before,
				report.auditState()).ownedBy(report.owner()).labelled(report.reference()));
		return view(load(id), operation, visibility, today);
	}

	private static DomainRuleViolation stale(SeizureReport report) {
		return new DomainRuleViolation("Seizure report " + report.reference()
				+ " was changed by someone else in the meantime; reload it and apply your change again.");
	}

	private ProtectedRecord protect(SeizureReport report, OperationCircle operation, LocalDate today) {
		return circles.protect(report, operation, today);
	}

	private SeizureReport load(UUID id) {
		return store.find(id).orElseThrow(() -> new NotFound("Seizure report", id));
	}

	private SeizureView view(SeizureReport report, OperationCircle operation, Visibility visibility,
			LocalDate today) {
		var record = protect(report, operation, today);
		boolean personal = ProtectionRules.maySeePersonalData(visibility, record);
		var facts = report.facts();
		boolean amendable = visibility.allows(SeizureRules.AMEND, record);
		return new SeizureView(report.id(), report.operationId(), operation.name(), report.reference(), report.owner(),
				facts.seizedOn(), facts.locationCode(), facts.place(), facts.goodsCategory(), facts.description(),
				facts.quantity(), facts.unit(), facts.estimatedValueEur(), report.handlingCode(),
				report.handlingCode().marking(), report.namedOrganisations().stream().sorted().toList(),
				personal ? report.subject() : Subject.NONE, personal, report.anonymised(), report.reportedBy(),
				report.reportedAt(), report.version(), amendable);
	}
}
