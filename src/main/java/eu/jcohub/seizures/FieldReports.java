package eu.jcohub.seizures;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.Visibility;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.protection.ProtectionRules;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.RecordsChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Field reports of an operation: controls and seizures sent by the officers of the participating
 * administrations, once each whatever the retries (the client's idempotency key), validated, queried or rejected
 * by the operation's OCU. A validated report is told to the rest of JCO Hub ({@link ReportValidated}) in the
 * transaction that validates it.
 */
@Service
public class FieldReports {

	/** The most reports one bulk submission may carry. */
	public static final int MAX_BATCH = 1000;
	private static final int MAX_KEY = 200;
	private static final int MAX_TEXT = 2000;

	private final ReportCircles circles;
	private final SeizureStore store;
	private final PhaseStore phases;
	private final RiskProfileStore profiles;
	private final FieldChecks checks;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ReportNumbers numbers;

	FieldReports(SeizureStore store, PhaseStore phases, RiskProfileStore profiles, FieldChecks checks,
			OperationRegister operations, AccessPolicy access, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, ReportCircles circles, ReportNumbers numbers) {
		this.numbers = numbers;
		this.circles = circles;
		this.store = store;
		this.phases = phases;
		this.profiles = profiles;
		this.checks = checks;
		this.operations = operations;
		this.access = access;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** A report as submitted: {@code created} false when an earlier submission with the same key made it. */
	public record Submitted(FieldReportView report, boolean created) {
	}

	/** Refuses (403) whoever may not report on the operation, before anything they sent is read. */
	public void requireReportOn(OperationId operationId) {
		requireReportOn(operations.circle(operationId));
	}

	private void requireReportOn(OperationCircle operation) {
		access.visibility().require(SeizureRules.REPORT, operation.asRecord(LocalDate.now(clock)));
	}

	/** Whether the user may report on the operation. */
	public boolean mayReportOn(OperationId operationId) {
		return access.visibility().allows(SeizureRules.REPORT, operations.circle(operationId).asRecord(LocalDate.now(clock)));
	}

	/**
	 * Submits one control or seizure. The same reporter sending the same key again gets the report the first
	 * submission made, never a second one, also when both arrive at the same moment; a key they used on another
	 * operation is refused (409).
	 */
	public Submitted submit(OperationId operationId, @Nullable String idempotencyKey, ReportDraft draft) {
		// The operation is read once: the rule is decided on its circle, the report checked against its plan.
		var read = operations.findCircled(operationId);
		var operation = read.circle();
		requireReportOn(operation);
		var visibility = access.visibility();
		var user = visibility.user();
		var keyProblem = keyProblem(idempotencyKey);
		if (keyProblem == null) {
			var known = store.findByKey(user.username(), idempotencyKey.strip());
			if (known.isPresent()) {
				return new Submitted(repeated(known.get(), operation), false);
			}
		}
		var checked = checked(draft, target(read.view().plan(), operationId, user.country().orElse(null)),
				idempotencyKey, keyProblem);
		var key = idempotencyKey.strip();
		// Taken before the report's transaction, in a short one of its own (ReportNumbers).
		var reference = numbers.take(user.organisation(), checked.facts().seizedOn().getYear(), checked.type(), 1)
			.get(0);
		try {
			var report = transaction.execute(status -> insert(operationId, operation, user.organisation(),
					user.username(), checked, reference));
			return new Submitted(view(report, operation, visibility), true);
		}
		catch (AlreadySubmitted duplicate) {
			var first = store.findByKey(user.username(), key).orElseThrow();
			return new Submitted(repeated(first, operation), false);
		}
	}

	/** The draft checked against the operation; every wrong field at once, a missing or bad key among them. */
	private FieldChecks.Checked checked(ReportDraft draft, FieldChecks.Target target, @Nullable String idempotencyKey,
			@Nullable String keyProblem) {
		FieldChecks.Checked checked;
		try {
			checked = checks.check(draft, target, keyProblem == null ? idempotencyKey.strip() : null);
		}
		catch (InvalidInput invalid) {
			var all = new LinkedHashMap<>(invalid.fieldErrors());
			if (keyProblem != null) {
				all.put("idempotencyKey", keyProblem);
			}
			throw new InvalidInput(all);
		}
		if (keyProblem != null) {
			throw InvalidInput.of("idempotencyKey", keyProblem);
		}
		return checked;
	}

	/** One item of a bulk submission and what became of it. */
	public record BulkItem(int row, @Nullable String idempotencyKey, ReportDraft draft) {
	}

	/**
	 * The answer for one item: {@code CREATED} or {@code DUPLICATE} with the report, {@code REFUSED} with the
	 * reason per field.
	 */
	public record BulkResult(int row, String outcome, @Nullable UUID id, @Nullable String reference,
			Map<String, String> errors) {
	}

	/**
	 * Submits a batch, each item on its own: the good ones are stored (once each, by their keys), the bad ones are
	 * answered with their row and reasons. A batch of more than {@link #MAX_BATCH} is refused as a whole.
	 */
	public List<BulkResult> submitAll(OperationId operationId, List<BulkItem> items) {
		var read = operations.findCircled(operationId);
		requireReportOn(read.circle());
		if (items.size() > MAX_BATCH) {
			throw new BatchTooLarge(items.size());
		}
		var user = access.visibility().user();
		// The operation, its phases and profiles are read once for the whole batch, not once per item.
		var target = target(read.view().plan(), operationId, user.country().orElse(null));
		var results = new BulkResult[items.size()];
		var fresh = new ArrayList<Integer>();
		var checkedItems = new ArrayList<FieldChecks.Checked>();
		var keys = new HashSet<String>();
		boolean repeatsAKey = false;
		var known = store.findByKeys(user.username(), items.stream()
			.filter(item -> keyProblem(item.idempotencyKey()) == null)
			.map(item -> item.idempotencyKey().strip())
			.toList());
		for (int i = 0; i < items.size(); i++) {
			var item = items.get(i);
			var keyProblem = keyProblem(item.idempotencyKey());
			try {
				if (keyProblem == null && known.containsKey(item.idempotencyKey().strip())) {
					results[i] = outcome(item, known.get(item.idempotencyKey().strip()), operationId, "DUPLICATE");
					continue;
				}
				checkedItems.add(checked(item.draft(), target, item.idempotencyKey(), keyProblem));
				repeatsAKey |= !keys.add(item.idempotencyKey().strip());
				fresh.add(i);
			}
			catch (InvalidInput invalid) {
				results[i] = new BulkResult(item.row(), "REFUSED", null, null, invalid.fieldErrors());
			}
			catch (DomainRuleViolation refused) {
				results[i] = refused(item, refused);
			}
		}
		try {
			if (repeatsAKey) {
				throw new AlreadySubmitted();
			}
			if (fresh.isEmpty()) {
				return List.of(results);
			}
			// Their numbers first, in a short transaction of their own (ReportNumbers); then the new items in one
			// transaction: one durable commit for the batch instead of one per report.
			var references = references(user.organisation(), checkedItems);
			transaction.executeWithoutResult(status -> {
				var reports = insertAll(operationId, user.organisation(), user.username(), checkedItems, references);
				for (int n = 0; n < reports.size(); n++) {
					results[fresh.get(n)] = outcome(items.get(fresh.get(n)), reports.get(n), operationId, "CREATED");
				}
			});
		}
		catch (AlreadySubmitted raced) {
			// A key came twice in the batch, or another submission with one of its keys came first: nothing of the
			// transaction was kept, and each new item goes again on its own, as a single submission would.
			fresh.forEach(i -> results[i] = alone(operationId, items.get(i)));
		}
		return List.of(results);
	}

	private BulkResult outcome(BulkItem item, SeizureReport report, OperationId operationId, String outcome) {
		refuseKeyOfAnotherOperation(report, operationId);
		return new BulkResult(item.row(), outcome, report.id(), report.reference(), Map.of());
	}

	private BulkResult alone(OperationId operationId, BulkItem item) {
		try {
			var submitted = submit(operationId, item.idempotencyKey(), item.draft());
			return new BulkResult(item.row(), submitted.created() ? "CREATED" : "DUPLICATE", submitted.report().id(),
					submitted.report().reference(), Map.of());
		}
		catch (InvalidInput invalid) {
			return new BulkResult(item.row(), "REFUSED", null, null, invalid.fieldErrors());
		}
		catch (DomainRuleViolation refused) {
			return refused(item, refused);
		}
	}

	private static BulkResult refused(BulkItem item, DomainRuleViolation refused) {
		return new BulkResult(item.row(), "REFUSED", null, null, Map.of("idempotencyKey", refused.getMessage()));
	}

	/** A batch larger than {@link #MAX_BATCH}: refused before any of it is stored. */
	public static final class BatchTooLarge extends RuntimeException {

		public BatchTooLarge(int size) {
			super("A batch carries at most " + MAX_BATCH + " reports; this one has " + size
					+ ". Send it in parts of " + MAX_BATCH + " or fewer.");
		}
	}

	/** The operation's reports the user may see, filtered by state, type and from when; newest first. */
	public List<FieldReportView> ofOperation(OperationId operationId, @Nullable ReportState state,
			@Nullable ReportType type, @Nullable Instant from) {
		var visibility = access.visibility();
		var operation = operations.circle(operationId);
		var operationRecord = operation.asRecord(LocalDate.now(clock));
		if (!visibility.readsAsPartner(SeizureRules.READ, operationRecord)) {
			visibility.requireDetails(operationRecord);
		}
		return store.ofOperation(operationId, state, type, from).stream()
			.filter(report -> mayRead(visibility, report, operation))
			.map(report -> view(report, operation, visibility))
			.toList();
	}

	/** One report as the user may see it; the read is in the audit trail. */
	@org.springframework.transaction.annotation.Transactional
	public FieldReportView read(UUID id) {
		var visibility = access.visibility();
		var report = load(id);
		var operation = operations.circle(report.operationId());
		requireReadable(visibility, report, operation);
		var view = view(report, operation, visibility);
		events.publishEvent(RecordChanged.of(SeizureAuditVocabulary.SEIZURE_REPORT, id.toString(), AuditAction.READ,
				Map.of("reference", report.reference(), "personalDataShown", view.personalDataVisible()
						&& !report.subject().isEmpty()))
			.ownedBy(report.owner()).labelled(report.reference()));
		return view;
	}

	/** Refuses (403) whoever may not read the report; 404 if there is no such report. Not itself an audited read. */
	public void requireRead(UUID id) {
		var visibility = access.visibility();
		var report = load(id);
		var operation = operations.circle(report.operationId());
		requireReadable(visibility, report, operation);
	}

	/** The operation a report belongs to (for a page to go back to it); 404 if there is no such report. */
	public OperationId operationOf(UUID id) {
		return load(id).operationId();
	}

	/** Whether the user is the operation's OCU, who validates its reports. */
	public boolean mayValidate(OperationId operationId) {
		return access.visibility().allows(SeizureRules.VALIDATE, SeizureRules.asExecuted(operations.circle(operationId)));
	}

	/** Refuses (403) whoever may not validate the report, before anything they sent is read. */
	public void requireValidate(UUID id) {
		var report = load(id);
		access.visibility().require(SeizureRules.VALIDATE, SeizureRules.asExecuted(operations.circle(report.operationId())));
	}

	/** The OCU validates the report: it counts from now on, and the rest of JCO Hub is told in the same transaction. */
	public FieldReportView validate(UUID id) {
		return decide(id, (report, by, at) -> report.validate(by, at));
	}

	/** The OCU asks the reporter a question about the report. */
	public FieldReportView query(UUID id, @Nullable String question) {
		var text = required("question", question, "ask the question the reporter should answer");
		return decide(id, (report, by, at) -> report.query(text, by, at));
	}

	/** The OCU rejects the report, saying why. */
	public FieldReportView reject(UUID id, @Nullable String reason) {
		var text = required("reason", reason, "say why the report is rejected");
		return decide(id, (report, by, at) -> report.reject(text, by, at));
	}

	/** The reporting administration answers the OCU's question: the report is received again. */
	public FieldReportView answer(UUID id, @Nullable String answer) {
		var visibility = access.visibility();
		var report = load(id);
		var operation = operations.circle(report.operationId());
		visibility.require(SeizureRules.AMEND, circles.protect(report, operation, LocalDate.now(clock)));
		var text = required("answer", answer, "give the answer to the OCU's question");
		return transaction.execute(status -> {
			var before = report.auditState();
			report.answer(text);
			save(report, before);
			return view(load(id), operation, visibility);
		});
	}

	private interface Decision {
		void apply(SeizureReport report, String by, Instant at);
	}

	private FieldReportView decide(UUID id, Decision decision) {
		var visibility = access.visibility();
		return transaction.execute(status -> {
			var report = load(id);
			var operation = operations.circle(report.operationId());
			visibility.require(SeizureRules.VALIDATE, SeizureRules.asExecuted(operation));
			var before = report.auditState();
			// As PostgreSQL keeps it (microseconds), so that the answer is what a later read gives.
			var now = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
			decision.apply(report, visibility.user().username(), now);
			save(report, before);
			if (report.review().state() == ReportState.VALIDATED) {
				events.publishEvent(validated(report, now));
			}
			// The answer from what was just saved, not read again: the update changed nothing else.
			return view(report.saved(), operation, visibility);
		});
	}

	private void save(SeizureReport report, Map<String, Object> before) {
		if (!store.saveReview(report)) {
			throw new DomainRuleViolation("Report " + report.reference()
					+ " was changed by someone else in the meantime; reload it and decide again.");
		}
		events.publishEvent(RecordChanged.updated(SeizureAuditVocabulary.SEIZURE_REPORT, report.id().toString(), before,
				report.auditState()).ownedBy(report.owner()).labelled(report.reference()));
	}

	private ReportValidated validated(SeizureReport report, Instant at) {
		var field = report.field();
		var facts = report.facts();
		String profileName = field.profileId() == null ? null
				: profiles.latest(field.profileId()).map(latest -> latest.version().name()).orElse(null);
		return new ReportValidated(report.id(), report.operationId(), field.phase() == null ? 0 : field.phase(),
				field.type(), field.occurredAt(), report.owner(), facts.locationCode(), field.transportMode(),
				facts.goodsCategory(), field.profileId(), profileName, facts.quantity(), facts.unit(),
				facts.estimatedValueEur(), field.dutiesEur(), field.controlledCount(), field.infringement(), at);
	}

	/** Identifiers (and, for those who may see them, companies) found in more than one of the operation's reports. */
	public record Match(String kind, String value, List<FieldReportView> reports) {
	}

	/**
	 * Possible links for the OCU: the same container, plate, vessel or flight in more than one report of the
	 * operation; the same company too, among the reports whose companies the OCU may see.
	 */
	public List<Match> matches(OperationId operationId) {
		var visibility = access.visibility();
		var operation = operations.circle(operationId);
		visibility.require(SeizureRules.VALIDATE, SeizureRules.asExecuted(operation));
		var reports = ofOperation(operationId, null, null, null).stream()
			.filter(report -> report.state() != ReportState.REJECTED)
			.toList();
		var byIdentifier = new LinkedHashMap<String, List<FieldReportView>>();
		var byCompany = new LinkedHashMap<String, List<FieldReportView>>();
		for (var report : reports) {
			report.identifiers().forEach(identifier -> byIdentifier.computeIfAbsent(identifier, k -> new ArrayList<>())
				.add(report));
			var company = report.subject().companyName();
			if (report.personalDataVisible() && company != null) {
				byCompany.computeIfAbsent(company.strip().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(report);
			}
		}
		var matches = new ArrayList<Match>();
		byIdentifier.forEach((value, found) -> {
			if (found.size() > 1) {
				matches.add(new Match("IDENTIFIER", value, found));
			}
		});
		byCompany.forEach((value, found) -> {
			if (found.size() > 1) {
				matches.add(new Match("COMPANY", found.get(0).subject().companyName(), found));
			}
		});
		return matches;
	}

	/** Who has sent nothing on a day: the participating administrations and the operation's locations. */
	public record Silent(LocalDate day, List<String> administrations, List<String> locations) {
	}

	/** For the OCU and the leader: which participating administrations and locations have sent nothing on the day. */
	public Silent silentOn(OperationId operationId, LocalDate day) {
		var visibility = access.visibility();
		var operation = operations.circle(operationId);
		visibility.require(SeizureRules.PROFILES, SeizureRules.asExecuted(operation));
		var from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
		var reported = store.reportersBetween(operationId, from, from.plus(java.time.Duration.ofDays(1)));
		var administrations = reported.stream().map(row -> row[0]).collect(Collectors.toSet());
		var locations = reported.stream().map(row -> row[1]).collect(Collectors.toSet());
		var plan = operations.find(operationId).plan();
		var expected = new TreeSet<String>(plan.participants().stream()
			.map(country -> country + "-CUSTOMS").toList());
		expected.add(plan.organiser());
		expected.removeAll(administrations);
		var silentLocations = new TreeSet<>(plan.locations());
		silentLocations.removeAll(locations);
		return new Silent(day, List.copyOf(expected), List.copyOf(silentLocations));
	}

	private SeizureReport insert(OperationId operationId, OperationCircle operation, String owner, String username,
			FieldChecks.Checked checked, String reference) {
		var now = Instant.now(clock);
		var report = new SeizureReport(UUID.randomUUID(), operationId, reference, owner, checked.facts(),
				checked.handlingCode(), Set.of(), checked.subject(), Set.of(), username, now, 0, checked.field(),
				SeizureReport.Review.RECEIVED);
		if (!store.insertUnlessKnown(report)) {
			// Rolls the transaction back; the number taken for it stays unused (a gap).
			throw new AlreadySubmitted();
		}
		events.publishEvent(RecordChanged.created(SeizureAuditVocabulary.SEIZURE_REPORT, report.id().toString(),
				report.auditState()).ownedBy(owner).labelled(report.reference()));
		return report;
	}

	/** The numbers of the items, taken together per year and kind, in the batch's order. */
	private List<String> references(String owner, List<FieldChecks.Checked> all) {
		var counts = new LinkedHashMap<String, Integer>();
		all.forEach(checked -> counts.merge(checked.facts().seizedOn().getYear() + "/" + checked.type(), 1, Integer::sum));
		var numbers = new HashMap<String, java.util.Iterator<String>>();
		counts.forEach((group, count) -> numbers.put(group, this.numbers.take(owner,
				Integer.parseInt(group.substring(0, group.indexOf('/'))),
				ReportType.valueOf(group.substring(group.indexOf('/') + 1)), count).iterator()));
		return all.stream()
			.map(checked -> numbers.get(checked.facts().seizedOn().getYear() + "/" + checked.type()).next())
			.toList();
	}

	/**
	 * The reports in one go with the numbers taken for them: one COPY of the reports, one of their audit entries (one
	 * entry per report, {@code AuditTrail}). Throws {@link AlreadySubmitted} when a key was known after all (the copy fails as a whole then, and the
	 * batch's new items go again one by one).
	 */
	private List<SeizureReport> insertAll(OperationId operationId, String owner, String username,
			List<FieldChecks.Checked> all, List<String> references) {
		var now = Instant.now(clock);
		var reference = references.iterator();
		var reports = all.stream()
			.map(checked -> new SeizureReport(UUID.randomUUID(), operationId,
					reference.next(), owner, checked.facts(),
					checked.handlingCode(), Set.of(), checked.subject(), Set.of(), username, now, 0, checked.field(),
					SeizureReport.Review.RECEIVED))
			.toList();
		if (!store.copyAllUnlessKnown(reports)) {
			throw new AlreadySubmitted();
		}
		events.publishEvent(new RecordsChanged(reports.stream()
			.map(report -> RecordChanged.created(SeizureAuditVocabulary.SEIZURE_REPORT, report.id().toString(),
					report.auditState()).ownedBy(owner).labelled(report.reference()))
			.toList()));
		return reports;
	}

	/** Another submission with the same key won the race. */
	private static final class AlreadySubmitted extends RuntimeException {

		AlreadySubmitted() {
			super(null, null, false, false);
		}
	}

	/** The report an earlier submission with the same key made, answered again. */
	private FieldReportView repeated(SeizureReport report, OperationCircle operation) {
		refuseKeyOfAnotherOperation(report, operation.id());
		return view(report, operation, access.visibility());
	}

	private static void refuseKeyOfAnotherOperation(SeizureReport report, OperationId operationId) {
		if (!report.operationId().equals(operationId)) {
			throw new DomainRuleViolation("This Idempotency-Key was used for a report on another operation; "
					+ "send a new key for a new report.");
		}
	}

	private FieldChecks.Target target(OperationPlan plan, OperationId operationId, @Nullable String country) {
		var known = new HashSet<UUID>();
		profiles.of(operationId).forEach(profile -> known.add(profile.profileId()));
		return new FieldChecks.Target(phases.of(operationId), Set.copyOf(plan.locations()), country, Instant.now(clock),
				known::contains);
	}

	/** What is wrong with the key, if anything. */
	private static @Nullable String keyProblem(@Nullable String key) {
		if (key == null || key.isBlank()) {
			return "send an Idempotency-Key header: a value of your choosing, new for each report and the same when you "
					+ "send that report again";
		}
		if (key.strip().length() > MAX_KEY) {
			return "an Idempotency-Key has at most " + MAX_KEY + " characters";
		}
		return null;
	}

	private static String required(String field, @Nullable String text, String message) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of(field, message);
		}
		new InvalidInput.Collector().text(field, text, MAX_TEXT).throwIfAny();
		return text.strip();
	}

	/** Refuses (403) whoever may not read the report, the record read once for both rules. */
	private void requireReadable(Visibility visibility, SeizureReport report, OperationCircle operation) {
		var record = circles.protect(report, operation, LocalDate.now(clock));
		if (!visibility.readsAsPartner(SeizureRules.READ, record)) {
			visibility.require(SeizureRules.READ, record);
			visibility.requireDetails(record);
		}
	}

	private boolean mayRead(Visibility visibility, SeizureReport report, OperationCircle operation) {
		var record = circles.protect(report, operation, LocalDate.now(clock));
		return visibility.canRead(SeizureRules.READ, record);
	}

	private SeizureReport load(UUID id) {
		return store.find(id).orElseThrow(() -> new NotFound("Field report", id));
	}

	private FieldReportView view(SeizureReport report, OperationCircle operation, Visibility visibility) {
		var record = circles.protect(report, operation, LocalDate.now(clock));
		boolean personal = ProtectionRules.maySeePersonalData(visibility, record);
		var facts = report.facts();
		var field = report.field();
		var review = report.review();
		boolean ocu = visibility.allows(SeizureRules.VALIDATE, SeizureRules.asExecuted(operation));
		return new FieldReportView(report.id(), report.operationId(), report.reference(), field.type(), review.state(),
				field.phase(), field.late(), field.occurredAt(), report.owner(), facts.locationCode(), facts.place(),
				field.transportMode(), facts.goodsCategory(), facts.quantity(), facts.unit(), facts.estimatedValueEur(),
				field.dutiesEur(), field.concealment(), field.routeFrom(), field.routeTo(), field.identifiers(),
				field.profileId(), field.controlledKind(), field.controlledCount(), field.result(), facts.description(),
				review.question(), review.answer(), review.rejectReason(), report.reportedBy(), report.reportedAt(),
				report.handlingCode(), personal ? report.subject() : Subject.NONE, personal, report.version(),
				ocu && (review.state() == ReportState.RECEIVED || review.state() == ReportState.QUERIED),
				review.state() == ReportState.QUERIED && visibility.allows(SeizureRules.AMEND, record),
				visibility.allows(SeizureRules.AMEND, record));
	}
}
