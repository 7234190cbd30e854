package eu.jcohub.followup;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.followup.internal.RecommendationStore;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.Texts;
import eu.jcohub.shared.VersionRequired;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendation monitoring file's use cases: listing and filtering it, recording recommendations, working
 * them (status with its evidence or reason, actions with owners and due dates). Every change goes to the audit
 * trail, which is the recommendation's history. Refused input saves nothing.
 */
@Service
public class Recommendations {

	static final int MAX_TEXT = 4000;
	static final int MAX_SOURCE = 300;
	static final int MAX_REFERENCE = 20;
	static final int MAX_ACTION = 1000;

	private final RecommendationStore store;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final FollowupWords words;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final OperationRegister operations;

	Recommendations(RecommendationStore store, AccessPolicy access, ReferenceData reference, FollowupWords words,
			ApplicationEventPublisher events, Clock clock, OperationRegister operations) {
		this.operations = operations;
		this.store = store;
		this.access = access;
		this.reference = reference;
		this.words = words;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The recommendations the filter selects, each with the others it recurs with. */
	public List<Recommendation> list(RecommendationFilter filter) {
		var visibility = access.visibility();
		visibility.require(FollowupRules.READ);
		var today = today();
		var organisation = visibility.user().organisation();
		return withRecurrences(store.all()).stream()
			.filter(r -> filter.status() == null || r.status() == filter.status())
			.filter(r -> blank(filter.addressee()) || r.addressee().equals(filter.addressee()))
			.filter(r -> blank(filter.source()) || r.source().equals(filter.source()))
			.filter(r -> !filter.overdue() || r.overdue(today))
			.filter(r -> !filter.mine() || isFor(r, organisation))
			.filter(r -> filter.operation() == null || filter.operation().equals(r.operation()))
			.toList();
	}

	/** The sources in the file, for the source filter. */
	public List<String> sources() {
		access.visibility().require(FollowupRules.READ);
		return store.all().stream().map(Recommendation::source).distinct().sorted().toList();
	}

	/** The operations recommendations came from, for the operation filter: their ids and names, by name. */
	public Map<OperationId, String> operations() {
		access.visibility().require(FollowupRules.READ);
		var ids = store.all().stream().map(Recommendation::operation).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		var byName = new LinkedHashMap<OperationId, String>();
		// Every calendar entry's name is public; the recommendations themselves are the file's readers'.
		operations.circles(ids).stream().sorted(Comparator.comparing(OperationCircle::name))
			.forEach(circle -> byName.put(circle.id(), circle.name()));
		return byName;
	}

	/**
	 * The operations a recommendation may be recorded from: those whose details the user may see and which have
	 * ended (or end within the month, debriefing included) in the last five years, latest first.
	 */
	public List<OperationView> operationsToChoose() {
		var today = today();
		return operations.list(OperationFilter.between(today.minusYears(5), today.plusMonths(1))).stream()
			.filter(OperationView::detailsVisible)
			.filter(o -> !o.plan().lastPhase().end().isAfter(today.plusMonths(1)))
			.sorted(Comparator.comparing((OperationView o) -> o.plan().lastPhase().end()).reversed())
			.toList();
	}

	/** The addressees in the file, for the addressee filter. */
	public List<String> addressees() {
		access.visibility().require(FollowupRules.READ);
		return store.all().stream().map(Recommendation::addressee).distinct().sorted().toList();
	}

	public Recommendation find(UUID id) {
		access.visibility().require(FollowupRules.READ);
		var found = store.find(id).orElseThrow(() -> new NotFound("Recommendation", id));
		return withRecurrences(store.all()).stream().filter(r -> r.id().equals(id)).findFirst().orElse(found);
	}

	/** Whether the reader may work the recommendation (to offer the forms). */
	public boolean mayWork(Recommendation recommendation) {
		return access.visibility().allows(FollowupRules.WORK, FollowupRules.recordOf(recommendation));
	}

	/** Whether the reader may record recommendations (to offer the form). */
	public boolean mayRecord() {
		return access.visibility().allows(FollowupRules.RECORD);
	}

	/** Whether the recommendation is the organisation's to do: addressed to it, or an action of it still open. */
	public static boolean isFor(Recommendation recommendation, String organisation) {
		return recommendation.addressee().equals(organisation) || recommendation.status().pending()
				&& recommendation.actions().stream().anyMatch(a -> !a.done() && a.owner().equals(organisation));
	}

	@Transactional
	public Recommendation record(RecommendationDraft draft) {
		var visibility = access.visibility();
		visibility.require(FollowupRules.RECORD);
		var errors = new InvalidInput.Collector();
		var number = text(errors, "reference", draft.reference(), MAX_REFERENCE, false);
		var source = text(errors, "source", draft.source(), MAX_SOURCE, true);
		var text = text(errors, "text", draft.text(), MAX_TEXT, true);
		var addressee = organisation(errors, "addressee", draft.addressee());
		var operation = operation(errors, draft.operation());
		errors.throwIfAny();
		var now = Instant.now(clock);
		var recommendation = new Recommendation(UUID.randomUUID(), number, source, operation, text, addressee,
				RecommendationStatus.OPEN, "", "", visibility.user().username(), now, now, 0, List.of(), List.of());
		store.insert(recommendation);
		events.publishEvent(RecordChanged.created(FollowupAuditVocabulary.RECOMMENDATION, recommendation.id().toString(),
				state(recommendation)).ownedBy(addressee).labelled(label(recommendation)));
		return find(recommendation.id());
	}

	/**
	 * Changes a recommendation. Its addressee (or the keepers of the file) set its status, evidence and reason;
	 * implemented needs evidence, not implemented a reason. Only the keepers reword it or change its addressee.
	 */
	@Transactional
	public Recommendation change(UUID id, RecommendationChange change) {
		var visibility = access.visibility();
		var before = store.find(id).orElseThrow(() -> new NotFound("Recommendation", id));
		visibility.require(FollowupRules.WORK, FollowupRules.recordOf(before));
		if (change.rewords()) {
			visibility.require(FollowupRules.RECORD);
		}
		var version = change.version();
		if (version == null) {
			throw new VersionRequired();
		}
		var errors = new InvalidInput.Collector();
		var status = change.status() == null ? before.status() : status(errors, change.status());
		var evidence = change.evidence() == null ? before.evidence()
				: text(errors, "evidence", change.evidence(), MAX_TEXT, false);
		var reason = change.reason() == null ? before.reason() : text(errors, "reason", change.reason(), MAX_TEXT, false);
		var source = change.source() == null ? before.source() : text(errors, "source", change.source(), MAX_SOURCE, true);
		var text = change.text() == null ? before.text() : text(errors, "text", change.text(), MAX_TEXT, true);
		var addressee = change.addressee() == null ? before.addressee()
				: organisation(errors, "addressee", change.addressee());
		var operation = change.operation() == null ? before.operation() : operation(errors, change.operation());
		if (status == RecommendationStatus.IMPLEMENTED && evidence.isBlank()) {
			errors.reject("evidence", words.of("followup.error.evidenceNeeded"));
		}
		if (status == RecommendationStatus.NOT_IMPLEMENTED && reason.isBlank()) {
			errors.reject("reason", words.of("followup.error.reasonNeeded"));
		}
		errors.throwIfAny();
		if (version != before.version()) {
			throw stale();
		}
		var after = new Recommendation(id, before.reference(), source, operation, text, addressee, status, evidence, reason,
				before.recordedBy(), before.recordedAt(), Instant.now(clock), before.version(), before.actions(), List.of());
		if (state(after).equals(state(before))) {
			return find(id);
		}
		if (!store.update(after)) {
			throw stale();
		}
		events.publishEvent(RecordChanged.updated(FollowupAuditVocabulary.RECOMMENDATION, id.toString(), state(before),
				state(after)).ownedBy(addressee).labelled(label(after)));
		return find(id);
	}

	/** Adds an action to a recommendation: owned by a known organisation, due on a date. */
	@Transactional
	public RecommendationAction addAction(UUID id, ActionDraft draft) {
		var visibility = access.visibility();
		var recommendation = store.find(id).orElseThrow(() -> new NotFound("Recommendation", id));
		visibility.require(FollowupRules.WORK, FollowupRules.recordOf(recommendation));
		var errors = new InvalidInput.Collector();
		var description = text(errors, "description", draft.description(), MAX_ACTION, true);
		var owner = organisation(errors, "owner", draft.owner());
		var due = date(errors, "due", draft.due());
		errors.throwIfAny();
		var action = new RecommendationAction(UUID.randomUUID(), id, description, owner, Objects.requireNonNull(due),
				false, visibility.user().username(), Instant.now(clock));
		store.insert(action);
		var state = new LinkedHashMap<String, Object>();
		state.put("description", description);
		state.put("owner", owner);
		state.put("due", due.toString());
		events.publishEvent(RecordChanged.of(FollowupAuditVocabulary.RECOMMENDATION, id.toString(),
				FollowupAuditVocabulary.ACTION_ADDED, state).ownedBy(recommendation.addressee())
			.labelled(label(recommendation)));
		return action;
	}

	private DomainRuleViolation stale() {
		return new DomainRuleViolation(words.of("followup.error.stale"));
	}

	private List<Recommendation> withRecurrences(List<Recommendation> all) {
		var recurring = Recurrence.among(all);
		return all.stream().map(r -> r.withRecurrences(recurring.getOrDefault(r.id(), List.of()))).toList();
	}

	private static Map<String, Object> state(Recommendation r) {
		var state = new LinkedHashMap<String, Object>();
		state.put("reference", r.reference());
		state.put("source", r.source());
		state.put("operation", r.operation() == null ? "" : r.operation().toString());
		state.put("text", r.text());
		state.put("addressee", r.addressee());
		state.put("status", r.status().name());
		state.put("evidence", r.evidence());
		state.put("reason", r.reason());
		return state;
	}

	/** How the trail names a recommendation: its number and the start of its text. */
	private static String label(Recommendation r) {
		var start = r.text().length() > 80 ? r.text().substring(0, 79) + "…" : r.text();
		return r.reference().isEmpty() ? start : r.reference() + " " + start;
	}

	private String text(InvalidInput.Collector errors, String field, @Nullable String value, int max, boolean required) {
		var text = value == null ? "" : value.strip();
		if (!Texts.storable(text)) {
			errors.reject(field, words.of("followup.error.unreadable"));
		}
		else if (required && text.isEmpty()) {
			errors.reject(field, words.of("followup.error.required"));
		}
		else if (text.length() > max) {
			errors.reject(field, words.of("followup.error.tooLong", max));
		}
		return text;
	}

	/** An organisation's code, which must be one JCO Hub knows (an administration, a body, the working party). */
	private String organisation(InvalidInput.Collector errors, String field, @Nullable String code) {
		var value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (value.isEmpty()) {
			errors.reject(field, words.of("followup.error.required"));
		}
		else if (reference.organisation(value).isEmpty()) {
			errors.reject(field, words.of("followup.error.unknownOrganisation"));
		}
		return value;
	}

	/** The operation a recommendation came from: none, or one whose details the user may see. */
	private @Nullable OperationId operation(InvalidInput.Collector errors, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			var id = OperationId.of(UUID.fromString(value.strip()));
			if (operations.find(id).detailsVisible()) {
				return id;
			}
		}
		catch (IllegalArgumentException | NotFound unknown) {
			// Told as one: an operation the user may not see is not confirmed to exist.
		}
		errors.reject("operation", words.of("followup.error.operation"));
		return null;
	}

	private @Nullable LocalDate date(InvalidInput.Collector errors, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			errors.reject(field, words.of("followup.error.required"));
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.reject(field, words.of("followup.error.date"));
			return null;
		}
	}

	private RecommendationStatus status(InvalidInput.Collector errors, String value) {
		try {
			return RecommendationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.reject("status", words.of("followup.error.status"));
			return RecommendationStatus.OPEN;
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
