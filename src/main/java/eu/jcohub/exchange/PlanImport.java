package eu.jcohub.exchange;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Visibility;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRules;
import eu.jcohub.operations.OperationStatus;
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
	private final OrganiserZones zones;
	private final EventRevisions revisions;
	private final PlanSuggestions suggestions;

	PlanImport(OperationRegister register, AccessPolicy access, ReferenceData reference,
			TransactionTemplate transactions, ApplicationEventPublisher events, OrganiserZones zones,
			EventRevisions revisions, PlanSuggestions suggestions) {
		this.suggestions = suggestions;
		this.zones = zones;
		this.revisions = revisions;
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
		var parsed = (ics ? IcsFormat.read(text, defaults) : CsvFormat.read(text, defaults)).stream()
			.map(line -> suggest(line, options)).toList();
		return transactions.execute(status -> {
			var decisions = decide(parsed, visibility);
			if (options.checkOnly()) {
				return ImportReport.checked(fileName, ics ? "ICS" : "CSV", decisions.stream().map(Decision::line).toList());
			}
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

	/** What the line's free text names, offered; and taken into its plan where the importer accepted it. */
	private ParsedLine suggest(ParsedLine line, ImportOptions options) {
		if (line.plan() == null || line.freeText().isEmpty()) {
			return line;
		}
		var offered = suggestions.suggest(line.ref(), line.plan(), line.freeText()).stream()
			.map(suggestion -> options.accepts(line.ref(), suggestion.field()) ? suggestion.accept() : suggestion)
			.toList();
		var accepted = offered.stream().filter(Suggestion::accepted).toList();
		var withSuggestions = line.withSuggestions(offered);
		return accepted.isEmpty() ? withSuggestions : withSuggestions.withPlan(PlanSuggestions.accept(line.plan(), accepted));
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
				code -> reference.riskArea(code).isPresent(), zones::of);
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
		if (line.cancellation() != null) {
			return cancellation(line, line.cancellation());
		}
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
		var held = heldRevision(plan.organiser(), plan.externalId());
		if (line.revision() != null && held.isPresent() && line.revision().isBefore(held.get())) {
			return new Decision(line, current.plan(), current, Status.UNCHANGED, List.of(earlier(line.revision(), held.get())));
		}
		if (current.status().isFinal()) {
			return Decision.rejected(line, List.of("operation " + current.plan().name()
					+ " was cancelled; a cancelled operation no longer changes"));
		}
		// An id that is our own operation id keeps the operation's external id as it is.
		var revised = withExternalId(plan, current.plan().externalId());
		var status = revised.equals(current.plan()) ? Status.UNCHANGED : Status.ACCEPTED;
		return new Decision(line, revised, current, status);
	}

	/** An event its calendar called off: cancels the operation the calendar holds for it, if any. */
	private Decision cancellation(ParsedLine line, ParsedLine.Cancellation cancellation) {
		var existing = register.findByExternalId(cancellation.organiser(), cancellation.externalId());
		if (existing.isEmpty()) {
			return new Decision(line, null, null, Status.UNCHANGED,
					List.of("cancelled in the file; the calendar does not hold it, so there is nothing to cancel"));
		}
		var current = existing.get();
		var held = heldRevision(cancellation.organiser(), cancellation.externalId());
		if (line.revision() != null && held.isPresent() && line.revision().isBefore(held.get())) {
			return new Decision(line, null, current, Status.UNCHANGED, List.of(earlier(line.revision(), held.get())));
		}
		if (current.status() == OperationStatus.CANCELLED) {
			return new Decision(line, null, current, Status.UNCHANGED, List.of("already cancelled"));
		}
		if (!current.changeable() || current.status() != OperationStatus.TABLED) {
			return Decision.rejected(line, List.of("operation " + current.plan().name()
					+ " is cancelled in the file, but you may not cancel it here"));
		}
		return new Decision(line, null, current, Status.ACCEPTED, List.of()).cancelling();
	}

	private Optional<Revision> heldRevision(String organiser, @Nullable String externalId) {
		return externalId == null ? Optional.empty() : revisions.find(organiser, externalId);
	}

	private static String earlier(Revision file, Revision held) {
		return "the file holds an earlier version of this event (" + file.inWords() + ") than the one already imported ("
				+ held.inWords() + "); the later version stays";
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
		var revision = decision.parsed().revision();
		if (decision.cancel()) {
			var existing = decision.existing();
			var cancellation = decision.parsed().cancellation();
			register.cancelTabled(existing.id(), "cancelled in " + existing.plan().organiser() + "'s calendar");
			if (revision != null) {
				revisions.save(cancellation.organiser(), cancellation.externalId(), revision);
			}
			return decision.done("CANCELLED", existing.id().value());
		}
		var plan = decision.plan();
		if (revision != null && plan.externalId() != null) {
			revisions.save(plan.organiser(), plan.externalId(), revision);
		}
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
			Status status, List<String> reasons, boolean cancel) {

		Decision(ParsedLine parsed, @Nullable OperationPlan plan, @Nullable OperationView existing, Status status,
				List<String> reasons) {
			this(parsed, plan, existing, status, reasons, false);
		}

		Decision(ParsedLine parsed, OperationPlan plan, @Nullable OperationView existing, Status status) {
			this(parsed, plan, existing, status, List.of(), false);
		}

		static Decision rejected(ParsedLine parsed, List<String> reasons) {
			return new Decision(parsed, null, null, Status.REJECTED, List.copyOf(reasons), false);
		}

		Decision cancelling() {
			return new Decision(parsed, plan, existing, status, reasons, true);
		}

		Line line() {
			var action = status != Status.ACCEPTED ? null : cancel ? "CANCEL" : existing == null ? "CREATE" : "UPDATE";
			return new Line(parsed.ref(), parsed.name(), status, action, existing == null ? null : existing.id().value(),
					reasons, parsed.suggestions());
		}

		Line done(String action, UUID id) {
			return new Line(parsed.ref(), parsed.name(), status, action, id, reasons, parsed.suggestions());
		}
	}
}
