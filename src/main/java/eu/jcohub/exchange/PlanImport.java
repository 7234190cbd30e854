package eu.jcohub.exchange;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Visibility;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRules;
import eu.jcohub.shared.OperationId;
import eu.jcohub.operations.OperationView;
import eu.jcohub.exchange.ImportReport.Line;
import eu.jcohub.exchange.ImportReport.Status;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports another body's work programme: reads every line, validates every line, and only then saves —
 * everything, or with {@code importValidPart} the valid lines — in one transaction, so a failure midway leaves
 * nothing half-saved. A line whose id the calendar already knows for that organiser updates that operation.
 */
@Service
class PlanImport {

	private final OperationRegister register;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;

	PlanImport(OperationRegister register, AccessPolicy access, ReferenceData reference,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.register = register;
		this.access = access;
		this.reference = reference;
		this.transactions = transactions;
		this.events = events;
	}

	ImportReport importFile(String fileName, byte[] content, ImportOptions options) {
		var text = UploadedText.decode(content);
		var visibility = access.visibility();
		var defaults = defaults(options, visibility);
		boolean ics = UploadedText.isICalendar(text);
		var parsed = ics ? IcsFormat.read(text, defaults) : CsvFormat.read(text, defaults);
		return transactions.execute(status -> {
			var decisions = decide(parsed, visibility);
			boolean anyRejected = decisions.stream().anyMatch(d -> d.status() == Status.REJECTED);
			if (anyRejected && !options.importValidPart()) {
				return ImportReport.of(fileName, ics ? "ICS" : "CSV", false, decisions.stream().map(Decision::line).toList());
			}
			var lines = decisions.stream().map(this::apply).toList();
			var report = ImportReport.of(fileName, ics ? "ICS" : "CSV", true, lines);
			events.publishEvent(RecordChanged.of(ExchangeAuditVocabulary.IMPORT, fileName, ExchangeAuditVocabulary.IMPORTED,
					Map.of("format", report.format(), "accepted", report.accepted(), "unchanged", report.unchanged(),
							"rejected", report.rejected())));
			return report;
		});
	}

	private ImportDefaults defaults(ImportOptions options, Visibility visibility) {
		var errors = new InvalidInput.Collector();
		errors.text("organiser", options.organiser(), 40);
		if (!errors.hasErrors() && options.organiser() != null && reference.organisation(options.organiser()).isEmpty()) {
			errors.reject("organiser", "unknown organisation " + options.organiser());
		}
		var unknown = options.riskAreas().stream().filter(code -> reference.riskArea(code).isEmpty()).toList();
		if (!unknown.isEmpty()) {
			errors.reject("riskAreas", "unknown risk area(s): " + String.join(", ", unknown));
		}
		errors.throwIfAny();
		return new ImportDefaults(options.organiser(), visibility.user().organisation(), options.riskAreas(),
				code -> reference.riskArea(code).isPresent());
	}

	/** What each line would do; nothing is saved here. */
	private List<Decision> decide(List<ParsedLine> parsed, Visibility visibility) {
		var seen = new HashMap<String, String>();
		var decisions = new ArrayList<Decision>();
		for (var line : parsed) {
			decisions.add(decide(line, visibility, seen));
		}
		return decisions;
	}

	private Decision decide(ParsedLine line, Visibility visibility, Map<String, String> seen) {
		if (line.plan() == null) {
			return Decision.rejected(line, line.problems());
		}
		var plan = line.plan();
		var reasons = new ArrayList<String>();
		try {
			register.validate(plan);
		}
		catch (InvalidInput e) {
			e.fieldErrors().forEach((field, message) -> reasons.add(field + ": " + message));
		}
		if (plan.externalId() != null) {
			var first = seen.putIfAbsent(plan.organiser() + "\u001f" + plan.externalId(), line.ref());
			if (first != null) {
				reasons.add("id " + plan.externalId() + " appears twice in the file (first at " + first + ")");
			}
		}
		if (!reasons.isEmpty()) {
			return Decision.rejected(line, reasons);
		}
		var existing = existing(plan);
		if (existing.isEmpty()) {
			if (!OperationRules.mayTableFor(visibility, plan.organiser())) {
				return Decision.rejected(line, List.of("organiser: you may import operations only for your own organisation ("
						+ visibility.user().organisation() + ")"));
			}
			return new Decision(line, plan, null, Status.ACCEPTED);
		}
		var current = existing.get();
		if (!current.changeable()) {
			return Decision.rejected(line, List.of("operation " + current.plan().name() + " already exists and you may not change it"));
		}
		// An id that is our own operation id keeps the operation's external id as it is.
		var revised = withExternalId(plan, current.plan().externalId());
		var status = revised.equals(current.plan()) ? Status.UNCHANGED : Status.ACCEPTED;
		return new Decision(line, revised, current, status);
	}

	/** The operation a line's id names: another body's id for that organiser, or one of our own operation ids. */
	private Optional<OperationView> existing(OperationPlan plan) {
		if (plan.externalId() == null) {
			return Optional.empty();
		}
		var byExternalId = register.findByExternalId(plan.organiser(), plan.externalId());
		if (byExternalId.isPresent()) {
			return byExternalId;
		}
		return ownId(plan.externalId()).flatMap(this::find)
			.filter(view -> view.plan().organiser().equals(plan.organiser()));
	}

	private Optional<OperationView> find(UUID id) {
		try {
			return Optional.of(register.find(new OperationId(id)));
		}
		catch (NotFound e) {
			return Optional.empty();
		}
	}

	private static Optional<UUID> ownId(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private Line apply(Decision decision) {
		if (decision.status() != Status.ACCEPTED) {
			return decision.line();
		}
		var plan = decision.plan();
		if (decision.existing() == null) {
			var created = register.table(plan);
			return decision.done("CREATED", created.id().value());
		}
		var updated = register.revise(decision.existing().id(), plan, decision.existing().version());
		return decision.done("UPDATED", updated.id().value());
	}

	private static OperationPlan withExternalId(OperationPlan plan, @Nullable String externalId) {
		if (java.util.Objects.equals(plan.externalId(), externalId)) {
			return plan;
		}
		return new OperationPlan(plan.name(), plan.type(), plan.organiser(), plan.leadCountry(), plan.participants(),
				plan.partnerOrganisations(), plan.competence(), plan.domain(), plan.contactPoint(), externalId,
				plan.riskAreas(), plan.transportModes(), plan.locations(), plan.phases(), plan.objectives());
	}

	/** What to do with one line. */
	private record Decision(ParsedLine parsed, @Nullable OperationPlan plan, @Nullable OperationView existing,
			Status status, List<String> reasons) {

		Decision(ParsedLine parsed, OperationPlan plan, @Nullable OperationView existing, Status status) {
			this(parsed, plan, existing, status, List.of());
		}

		static Decision rejected(ParsedLine parsed, List<String> reasons) {
			return new Decision(parsed, null, null, Status.REJECTED, List.copyOf(reasons));
		}

		Line line() {
			var action = status == Status.ACCEPTED ? (existing == null ? "CREATE" : "UPDATE") : null;
			return new Line(parsed.ref(), parsed.name(), status, action, existing == null ? null : existing.id().value(), reasons);
		}

		Line done(String action, UUID id) {
			return new Line(parsed.ref(), parsed.name(), status, action, id, reasons);
		}
	}
}
