package eu.jcohub.followup.cases;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Visibility;
import eu.jcohub.followup.CaseOutcomes;
import eu.jcohub.followup.FollowupRules;
import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.ReportFigures;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.protection.PersonalDataFields;
import eu.jcohub.protection.ProtectionRules;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening investigation cases from validated reports, recording their events, and reading them as the rules
 * allow. Every change and every read goes to the audit trail (never the persons' names); refused input saves
 * nothing.
 */
@Service
public class Cases {

	static final int MAX_NOTE = 4000;
	static final int MAX_UNIT = 300;
	static final int MAX_PERSONS = 2000;
	private static final Set<Organisation.Kind> INVESTIGATORS = EnumSet.of(Organisation.Kind.CUSTOMS,
			Organisation.Kind.POLICE, Organisation.Kind.JUDICIAL);

	private final CaseStore store;
	private final ReportFigures reports;
	private final OperationRegister operations;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final FollowupWords words;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Cases(CaseStore store, ReportFigures reports, OperationRegister operations, ReferenceData reference,
			AccessPolicy access, FollowupWords words, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.reports = reports;
		this.operations = operations;
		this.reference = reference;
		this.access = access;
		this.words = words;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Opens a case from a report's infringement. Only a report the OCU validated, with an infringement, can
	 * become a case (409 otherwise); whoever may not open one is refused before what they typed is looked at.
	 */
	@Transactional
	public InvestigationCase open(UUID reportId, CaseDraft draft) {
		var report = validated(reportId);
		requireOpen(report);
		if (!report.infringement()) {
			throw new DomainRuleViolation(words.of("cases.error.noInfringement"));
		}
		var errors = new InvalidInput.Collector();
		var kind = parse(CaseKind.class, draft.kind(), "kind", errors);
		var owner = investigator(draft.owner(), report.administration(), errors);
		errors.text("investigatedBy", draft.investigatedBy(), MAX_UNIT);
		errors.text("note", draft.note(), MAX_NOTE);
		var openedOn = day(draft.openedOn(), "openedOn", errors);
		var found = LocalDate.ofInstant(report.occurredAt(), clock.getZone());
		if (openedOn != null && openedOn.isBefore(found)) {
			errors.reject("openedOn", words.of("cases.error.openedBeforeReport"));
		}
		errors.throwIfAny();
		var now = Instant.now(clock);
		var user = access.currentUser().username();
		var opened = new InvestigationCase(UUID.randomUUID(), store.nextReference(openedOn.getYear()), reportId,
				report.operationId(), report.administration(), kind, owner, text(draft.investigatedBy()), openedOn,
				null, now, List.of(), true);
		store.insert(opened, user);
		var event = new CaseEvent(UUID.randomUUID(), EventType.OPENED, openedOn, null, null, null, 0,
				text(draft.note()), user, now);
		store.insert(opened.id(), event);
		var after = new LinkedHashMap<String, Object>();
		after.put("reference", opened.reference());
		after.put("kind", kind.name());
		after.put("owner", owner);
		after.put("openedOn", openedOn.toString());
		after.put("operation", report.operationId().toString());
		events.publishEvent(new eu.jcohub.followup.CaseOutcomeRecorded(report.operationId(), opened.id()));
		events.publishEvent(RecordChanged.created(CaseAuditVocabulary.CASE, opened.id().toString(), after)
			.ownedBy(owner).labelled(opened.reference()));
		return find(opened.id());
	}

	/** Records an event on an open case: dated from its opening to today, amounts in euro with at most cents. */
	@Transactional
	public InvestigationCase record(UUID caseId, EventDraft draft) {
		return record(caseId, draft, Instant.now(clock));
	}

	/**
	 * Records an event as it was recorded at a past moment, for loading a case's history (the demonstration data):
	 * results as of a day count what was recorded by then.
	 */
	@Transactional
	public InvestigationCase record(UUID caseId, EventDraft draft, Instant recordedAt) {
		var found = load(caseId);
		var record = recordOf(found);
		var visibility = access.visibility();
		visibility.require(FollowupRules.WORK_CASE, record);
		if (!found.open()) {
			throw new DomainRuleViolation(words.of("cases.error.closed"));
		}
		var event = event(found, draft, recordedAt, visibility.user().username());
		store.insert(caseId, event);
		var after = new LinkedHashMap<String, Object>();
		after.put("type", event.type().name());
		after.put("on", event.on().toString());
		if (event.amountEur() != null) {
			after.put("amountEur", event.amountEur().toPlainString());
		}
		if (event.convicted() != null) {
			after.put("convicted", event.convicted());
		}
		after.put("personsCount", event.personsCount());
		after.putAll(PersonalDataFields.markers(event));
		events.publishEvent(new eu.jcohub.followup.CaseOutcomeRecorded(found.operationId(), caseId));
		events.publishEvent(RecordChanged.of(CaseAuditVocabulary.CASE, caseId.toString(), CaseAuditVocabulary.EVENT_ADDED,
				after).ownedBy(found.owner()).labelled(found.reference()));
		return find(caseId);
	}

	/** The field errors of an event, without saving it (for a form). */
	public Map<String, String> problemsOf(UUID caseId, EventDraft draft) {
		try {
			event(load(caseId), draft, Instant.now(clock), "");
			return Map.of();
		}
		catch (InvalidInput invalid) {
			return invalid.fieldErrors();
		}
	}

	/** One case as the reader may see it; the read is in the audit trail, saying whether persons were shown. */
	@Transactional
	public InvestigationCase find(UUID caseId) {
		var found = load(caseId);
		var visibility = access.visibility();
		var record = recordOf(found);
		visibility.require(FollowupRules.READ_CASE, record);
		boolean personal = ProtectionRules.maySeePersonalData(visibility, record);
		boolean names = found.events().stream().anyMatch(e -> e.persons() != null);
		events.publishEvent(RecordChanged.of(CaseAuditVocabulary.CASE, caseId.toString(), AuditAction.READ,
				Map.of("reference", found.reference(), "personalDataShown", personal && names))
			.ownedBy(found.owner()).labelled(found.reference()));
		return personal ? found : found.withoutPersons();
	}

	/** The cases the reader may read, filtered by operation, investigating organisation and status. */
	public List<InvestigationCase> list(@Nullable OperationId operation, @Nullable String owner, @Nullable String status) {
		var visibility = access.visibility();
		var all = operation == null ? store.all() : store.ofOperation(operation);
		return readable(all.stream()
			.filter(c -> owner == null || owner.isBlank() || c.owner().equals(owner))
			.filter(c -> status == null || status.isBlank() || c.status().equalsIgnoreCase(status))
			.toList(), visibility);
	}

	/**
	 * What the operation's cases had achieved by the moment, counting what was recorded by then (counts and sums,
	 * no person): for the operation's results, whoever may read them.
	 */
	public CaseOutcomes outcomes(OperationId operation, Instant by) {
		var known = store.ofOperation(operation).stream()
			.map(c -> c.events().stream().filter(e -> !e.recordedAt().isAfter(by)).toList())
			.filter(events -> events.stream().anyMatch(e -> e.type() == EventType.OPENED))
			.toList();
		var all = known.stream().flatMap(List::stream).toList();
		return new CaseOutcomes(known.size(), count(all, EventType.CLOSED),
				all.stream().filter(e -> e.type() == EventType.SUSPECTS_CHARGED).mapToInt(CaseEvent::personsCount).sum(),
				(int) all.stream().filter(e -> e.type() == EventType.COURT_DECISION && Boolean.TRUE.equals(e.convicted())).count(),
				(int) all.stream().filter(e -> e.type() == EventType.COURT_DECISION && Boolean.FALSE.equals(e.convicted())).count(),
				sum(all, EventType.PENALTY_IMPOSED), sum(all, EventType.DUTIES_RECOVERED), sum(all, EventType.ASSETS_SEIZED));
	}

	private static int count(List<CaseEvent> events, EventType type) {
		return (int) events.stream().filter(e -> e.type() == type).count();
	}

	private static BigDecimal sum(List<CaseEvent> events, EventType type) {
		return events.stream().filter(e -> e.type() == type && e.amountEur() != null).map(CaseEvent::amountEur)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** Open cases on which nothing was recorded since the moment, for the facilitator board (no person). */
	public List<InvestigationCase> silentSince(Instant moment) {
		access.visibility().require(FollowupRules.COUNT_CASES);
		return store.open().stream().filter(c -> !c.updatedAt().isAfter(moment)).map(InvestigationCase::withoutPersons)
			.toList();
	}

	/** The cases of a report the reader may read. */
	public List<InvestigationCase> ofReport(UUID reportId) {
		return readable(store.ofReport(reportId), access.visibility());
	}

	/** Whether the reader may open a case from this report (it must be validated, with an infringement). */
	public boolean mayOpen(UUID reportId) {
		return reports.of(reportId)
			.filter(ReportValidated::infringement)
			.map(report -> access.visibility().allows(FollowupRules.OPEN_CASE, reportRecord(report)))
			.orElse(false);
	}

	/** Whether the reader may record events on the case. */
	public boolean mayWork(InvestigationCase c) {
		return c.open() && access.visibility().allows(FollowupRules.WORK_CASE, recordOf(c));
	}

	/** Refuses (403) whoever may not open a case from the report, before what they typed is read. */
	public void requireOpen(UUID reportId) {
		requireOpen(validated(reportId));
	}

	/** Refuses (403) whoever may not record events on the case, before what they typed is read. */
	public void requireWork(UUID caseId) {
		access.visibility().require(FollowupRules.WORK_CASE, recordOf(load(caseId)));
	}

	/** The organisations that may investigate a report's infringement: those of its administration's country. */
	public List<Organisation> investigatorsFor(UUID reportId) {
		var country = reports.of(reportId).flatMap(r -> reference.organisation(r.administration()))
			.flatMap(Organisation::countryCode).orElse("");
		return reference.organisations().stream()
			.filter(o -> INVESTIGATORS.contains(o.kind()) && o.countryCode().orElse("-").equals(country))
			.sorted(java.util.Comparator.comparing(Organisation::name))
			.toList();
	}

	private List<InvestigationCase> readable(List<InvestigationCase> cases, Visibility visibility) {
		return cases.stream()
			.filter(c -> visibility.allows(FollowupRules.READ_CASE, recordOf(c)))
			.map(c -> ProtectionRules.maySeePersonalData(visibility, recordOf(c)) ? c : c.withoutPersons())
			.toList();
	}

	private void requireOpen(ReportValidated report) {
		access.visibility().require(FollowupRules.OPEN_CASE, reportRecord(report));
	}

	private ReportValidated validated(UUID reportId) {
		return reports.of(reportId).orElseThrow(() -> new DomainRuleViolation(words.of("cases.error.notValidated")));
	}

	private InvestigationCase load(UUID caseId) {
		return store.find(caseId).orElseThrow(() -> new NotFound("Case", caseId));
	}

	/**
	 * A case as the access policy sees it: owned by the investigating organisation, naming the administration
	 * whose report started it, on its operation. Never counted as running: the OCU of a running operation does
	 * not read cases (they outlive it, and their persons are the investigators' only).
	 */
	ProtectedRecord recordOf(InvestigationCase c) {
		var circle = operations.circle(c.operationId());
		return new ProtectedRecord(circle.id(), c.owner(), circle.countriesTakingPart(), circle.partnerOrganisations(),
				HandlingCode.NAMED, Set.of(c.reportAdministration()), false);
	}

	private ProtectedRecord reportRecord(ReportValidated report) {
		OperationCircle circle = operations.circle(report.operationId());
		return new ProtectedRecord(circle.id(), report.administration(), circle.countriesTakingPart(),
				circle.partnerOrganisations(), HandlingCode.PARTICIPANTS, Set.of(), false);
	}

	private CaseEvent event(InvestigationCase found, EventDraft draft, Instant recordedAt, String user) {
		var errors = new InvalidInput.Collector();
		var type = parse(EventType.class, draft.type(), "type", errors);
		if (type != null && !type.recordable()) {
			errors.reject("type", words.of("cases.error.type"));
		}
		var on = day(draft.on(), "on", errors);
		if (on != null && on.isBefore(found.openedOn())) {
			errors.reject("on", words.of("cases.error.beforeOpened", found.openedOn()));
		}
		var amount = draft.amountEur();
		if (amount != null && amount.signum() < 0) {
			errors.reject("amountEur", words.of("cases.error.amountNegative"));
		}
		else if (amount != null && amount.stripTrailingZeros().scale() > 2) {
			errors.reject("amountEur", words.of("cases.error.amountCents"));
		}
		else if (amount != null && amount.precision() - amount.scale() > 14) {
			errors.reject("amountEur", words.of("cases.error.amountLarge"));
		}
		if (type != null && type.needsAmount() && amount == null) {
			errors.reject("amountEur", words.of("cases.error.amountRequired"));
		}
		if (type == EventType.COURT_DECISION && draft.convicted() == null) {
			errors.reject("convicted", words.of("cases.error.convicted"));
		}
		int count = draft.personsCount() == null ? 0 : draft.personsCount();
		if (count < 0 || count > 10_000) {
			errors.reject("personsCount", words.of("cases.error.personsCount"));
		}
		if (type == EventType.SUSPECTS_CHARGED && count < 1) {
			errors.reject("personsCount", words.of("cases.error.personsCharged"));
		}
		errors.text("persons", draft.persons(), MAX_PERSONS);
		errors.text("note", draft.note(), MAX_NOTE);
		errors.throwIfAny();
		var persons = text(draft.persons());
		return new CaseEvent(UUID.randomUUID(), type, on, amount == null ? null : amount.setScale(2),
				type == EventType.COURT_DECISION ? draft.convicted() : null, persons.isEmpty() ? null : persons, count,
				text(draft.note()), user, recordedAt);
	}

	private String investigator(@Nullable String code, String reportAdministration, InvalidInput.Collector errors) {
		if (code == null || code.isBlank()) {
			errors.reject("owner", words.of("cases.error.ownerRequired"));
			return "";
		}
		var organisation = reference.organisation(code.strip());
		var country = reference.organisation(reportAdministration).flatMap(Organisation::countryCode);
		if (organisation.isEmpty() || !INVESTIGATORS.contains(organisation.get().kind())
				|| !organisation.get().countryCode().equals(country)) {
			errors.reject("owner", words.of("cases.error.owner"));
			return "";
		}
		return organisation.get().code();
	}

	private @Nullable LocalDate day(@Nullable String text, String field, InvalidInput.Collector errors) {
		if (text == null || text.isBlank()) {
			errors.reject(field, words.of("cases.error.dateRequired"));
			return null;
		}
		try {
			var day = LocalDate.parse(text.strip());
			if (day.isAfter(today())) {
				errors.reject(field, words.of("cases.error.future"));
				return null;
			}
			return day;
		}
		catch (java.time.format.DateTimeParseException e) {
			errors.reject(field, words.of("cases.error.date"));
			return null;
		}
	}

	private <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
			InvalidInput.Collector errors) {
		try {
			if (value != null && !value.isBlank()) {
				return Enum.valueOf(type, value.strip());
			}
		}
		catch (IllegalArgumentException e) {
			// told below, in words
		}
		errors.reject(field, words.of("cases.error." + field));
		return null;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
