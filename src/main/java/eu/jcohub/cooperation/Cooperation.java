package eu.jcohub.cooperation;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Visibility;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Naples II cooperation's use cases: the competence matrix and its guidance, the requests register of operations,
 * and the usage statistics. Every read and change of a request goes through the access policy; every change is
 * in the audit trail.
 */
@Service
public class Cooperation {

	private static final int MAX_TEXT = 2000;
	private final CompetenceStore competences;
	private final RequestStore requests;
	private final GuidanceWriter writer;
	private final OperationRegister operations;
	private final SeizureReports seizures;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Cooperation(CompetenceStore competences, RequestStore requests, GuidanceWriter writer, OperationRegister operations,
			SeizureReports seizures, ReferenceData reference, AccessPolicy access, ApplicationEventPublisher events,
			Clock clock) {
		this.competences = competences;
		this.requests = requests;
		this.writer = writer;
		this.operations = operations;
		this.seizures = seizures;
		this.reference = reference;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	// The competence matrix and its guidance: read by everyone signed in.

	/** Every entry, or a member state's entries when {@code country} is given. */
	public List<CompetenceEntry> competences(@Nullable String country) {
		var today = today();
		if (country == null || country.isBlank()) {
			return competences.all(today);
		}
		return competences.ofCountry(memberState(country, "country"), today);
	}

	public Optional<CompetenceEntry> competence(String country, Article article) {
		return competences.find(memberState(country, "country"), article, today());
	}

	/** The member states, in the order of their names: the matrix's rows. */
	public List<Country> memberStates() {
		return reference.countries().stream().filter(c -> c.kind() == Country.Kind.EU_MEMBER)
			.sorted(java.util.Comparator.comparing(Country::name)).toList();
	}

	/** The customs administrations of the member states, by name: who may request and be requested. */
	public List<Organisation> administrations() {
		var states = memberStates().stream().map(Country::code).toList();
		return reference.organisations().stream()
			.filter(o -> o.kind() == Organisation.Kind.CUSTOMS && o.country() != null && states.contains(o.country()))
			.sorted(java.util.Comparator.comparing(Organisation::name)).toList();
	}

	/** The customs administration of a member state, if it has one. */
	public Optional<String> customsOf(String country) {
		return reference.organisations().stream()
			.filter(o -> o.kind() == Organisation.Kind.CUSTOMS && country.equals(o.country()))
			.map(Organisation::code).sorted().findFirst();
	}

	/** The country of an organisation (for a member state's administration), or the code itself. */
	public String countryOf(String organisation) {
		return reference.organisation(organisation).map(o -> o.country() == null ? organisation : o.country())
			.orElse(organisation);
	}

	/** Whether the user may confirm the member state's entries (those of their own customs administration's state). */
	public boolean mayConfirm(String country) {
		return customsOf(country).map(customs -> access.visibility()
			.allows(CooperationRules.CONFIRM, ProtectedRecord.ownedBy(customs))).orElse(false);
	}

	/** The same, with the state and the article as a path names them: both are checked before either is refused. */
	@Transactional
	public CompetenceEntry confirm(String country, String article, CompetenceDraft draft) {
		var errors = new InvalidInput.Collector();
		String state = null;
		Article form = null;
		try {
			state = memberState(country, "country");
		}
		catch (InvalidInput invalid) {
			errors.reject("country", invalid.fieldErrors().get("country"));
		}
		try {
			form = Article.parse(article, "article");
		}
		catch (InvalidInput invalid) {
			errors.reject("article", invalid.fieldErrors().get("article"));
		}
		errors.throwIfAny();
		return confirm(state, form, draft);
	}

	/** Confirms a member state's entry for an article as it stands now; only the state's own customs may. */
	@Transactional
	public CompetenceEntry confirm(String country, Article article, CompetenceDraft draft) {
		var state = memberState(country, "country");
		var visibility = access.visibility();
		var customs = customsOf(state).orElseThrow(() -> InvalidInput.of("country", "a member state with a customs administration"));
		visibility.require(CooperationRules.CONFIRM, ProtectedRecord.ownedBy(customs));
		var today = today();
		var entry = checked(state, article, draft, today, visibility.user().username());
		var before = competences.find(state, article, today);
		competences.save(entry);
		var after = auditState(entry);
		events.publishEvent((before.isEmpty()
				? RecordChanged.created(CooperationAuditVocabulary.COMPETENCE, state + "/" + article.number(), after)
				: RecordChanged.updated(CooperationAuditVocabulary.COMPETENCE, state + "/" + article.number(),
						auditState(before.get()), after))
			.ownedBy(customs).labelled(state + " art. " + article.number()));
		return entry;
	}

	/** The guidance for a request of the article from one member state to another. */
	public Guidance guidance(Article article, String from, String to) {
		var requesting = memberState(from, "from");
		var requested = memberState(to, "to");
		if (requesting.equals(requested)) {
			throw InvalidInput.of("to", "another member state than the requesting one");
		}
		var today = today();
		return writer.write(article, requesting, requested, competences.find(requesting, article, today),
				competences.find(requested, article, today));
	}

	/** Fills an empty matrix with demonstration entries (the demo's first start); an existing matrix is kept. */
	@Transactional
	public void seedDemonstration(Collection<CompetenceEntry> entries) {
		if (!competences.isEmpty()) {
			return;
		}
		for (var entry : entries) {
			competences.save(new CompetenceEntry(entry.country(), entry.article(), entry.authorities(), entry.decidedBy(),
					entry.declaration(), entry.contactPoint(), entry.legalBasis(), entry.lastConfirmed(),
					entry.confirmedBy(), false, true));
		}
	}

	// The requests register.

	/** The operation's requests the user may read. */
	public List<NaplesRequest> requestsOf(OperationId operationId) {
		var operation = operations.circle(operationId);
		var visibility = access.visibility();
		var today = today();
		return requests.ofOperation(operationId).stream()
			.filter(r -> visibility.allows(CooperationRules.READ, r.protect(operation, today)))
			.map(r -> view(r, operation, visibility, today))
			.toList();
	}

	/** The requests started from a seizure report that the user may read. */
	public List<NaplesRequest> requestsOfReport(OperationId operationId, UUID report) {
		return requestsOf(operationId).stream().filter(r -> report.equals(r.seizureReport())).toList();
	}

	public NaplesRequest request(UUID id) {
		var request = load(id);
		var operation = operations.circle(request.operationId);
		var visibility = access.visibility();
		var today = today();
		visibility.require(CooperationRules.READ, request.protect(operation, today));
		return view(request, operation, visibility, today);
	}

	/** The operation a request belongs to, for those who may read it. */
	public OperationId operationOf(UUID id) {
		return request(id).operationId();
	}

	/** Whether the user sees the operation's Naples II part: its circle, and its police and judicial partners. */
	public boolean mayFollow(OperationId operationId) {
		return access.visibility().canRead(CooperationRules.FOLLOW, operations.circle(operationId).asRecord(today()));
	}

	/** Whether the user may file requests on the operation (to offer the form). */
	public boolean mayFile(OperationId operationId) {
		return access.visibility().allows(CooperationRules.FILE, operations.circle(operationId).asRecord(today()));
	}

	/** Whether the user may file for any administration (else only for their own). */
	public boolean mayFileForOthers(OperationId operationId) {
		var record = operations.circle(operationId).asRecord(today());
		var visibility = access.visibility();
		return visibility.allows(CooperationRules.FILE_FOR_OTHERS, record)
				|| visibility.user().organisation().equals(record.owner());
	}

	/** Refuses (403) whoever may not file on the operation, before anything they sent is read. */
	public void requireFile(OperationId operationId) {
		access.visibility().require(CooperationRules.FILE, operations.circle(operationId).asRecord(today()));
	}

	/** Files a request on the operation, as a draft. */
	@Transactional
	public NaplesRequest file(OperationId operationId, RequestDraft draft) {
		var visibility = access.visibility();
		var operation = operations.circle(operationId);
		var today = today();
		visibility.require(CooperationRules.FILE, operation.asRecord(today));
		var request = checked(operationId, operation, draft, visibility, today);
		requests.insert(request);
		events.publishEvent(new NaplesRequestFiled(operationId, request.id, request.article.number()));
		events.publishEvent(RecordChanged.created(CooperationAuditVocabulary.REQUEST, request.id.toString(),
				request.auditState()).ownedBy(request.requesting).labelled(request.label()));
		return view(request, operation, visibility, today);
	}

	/** Refuses (403) whoever may not change the request, before anything they sent is read. */
	public void requireChange(UUID id) {
		var request = load(id);
		access.visibility().require(CooperationRules.CHANGE,
				request.protect(operations.circle(request.operationId), today()));
	}

	/**
	 * Moves a request on and records its outcome and notes; {@code expectedVersion}, when given, guards against
	 * a change made by someone else meanwhile.
	 */
	@Transactional
	public NaplesRequest change(UUID id, RequestChange change, @Nullable Long expectedVersion) {
		var visibility = access.visibility();
		var request = load(id);
		var operation = operations.circle(request.operationId);
		var today = today();
		visibility.require(CooperationRules.CHANGE, request.protect(operation, today));
		new InvalidInput.Collector().text("outcome", change.outcome(), MAX_TEXT).text("notes", change.notes(), MAX_TEXT)
			.throwIfAny();
		if (expectedVersion != null && expectedVersion != request.version) {
			throw stale();
		}
		var before = request.auditState();
		if (change.status() != null) {
			request.moveTo(change.status(), change.date() == null ? today : change.date(), today);
		}
		else if (change.date() != null) {
			throw InvalidInput.of("date", "a day is given with the status it was reached on");
		}
		if (change.outcome() != null) {
			request.outcome = blankToNull(change.outcome());
		}
		if (change.notes() != null) {
			request.notes = blankToNull(change.notes());
		}
		if (!requests.update(request)) {
			throw stale();
		}
		events.publishEvent(RecordChanged.updated(CooperationAuditVocabulary.REQUEST, id.toString(), before,
				request.auditState()).ownedBy(request.requesting).labelled(request.label()));
		return view(load(id), operation, visibility, today);
	}

	// Usage statistics: counts only, for everyone signed in.

	public UsageStatistics statistics() {
		return UsageStatistics.of(requests.all().stream().map(this::counted).toList());
	}

	/**
	 * The operation's statistics for aggregates shown only to those who see its details: counts only, as
	 * {@link #statistics()} gives everyone, so it asks no right of its own.
	 */
	public UsageStatistics countsOf(OperationId operationId) {
		return UsageStatistics.of(requests.ofOperation(operationId).stream().map(this::counted).toList());
	}

	/** The operation's statistics, for those who see its details. */
	public UsageStatistics statistics(OperationId operationId) {
		if (!operations.find(operationId).detailsVisible()) {
			throw Forbidden.because("access.details.refused",
					"Only the organiser, the participants and the coordination secretariat may see this.");
		}
		return UsageStatistics.of(requests.ofOperation(operationId).stream().map(this::counted).toList());
	}

	private UsageStatistics.Counted counted(StoredRequest r) {
		return new UsageStatistics.Counted(r.article, countryOf(r.requesting), countryOf(r.requested), r.inJco, r.answer,
				r.sentOn == null || r.answeredOn == null ? null : ChronoUnit.DAYS.between(r.sentOn, r.answeredOn));
	}

	// Checks.

	private CompetenceEntry checked(String country, Article article, CompetenceDraft draft, LocalDate today,
			String username) {
		var errors = new InvalidInput.Collector();
		var authorities = new LinkedHashSet<Authority>();
		for (var code : draft.authorities() == null ? List.<String>of() : draft.authorities()) {
			authority(code).ifPresentOrElse(authorities::add,
					() -> errors.reject("authorities", "one of customs, police, border guard, prosecutor, investigating judge, other"));
		}
		if (authorities.isEmpty()) {
			errors.reject("authorities", "at least one competent authority");
		}
		Authority decidedBy = null;
		if (draft.decidedBy() != null && !draft.decidedBy().isBlank()) {
			decidedBy = authority(draft.decidedBy()).orElse(null);
			if (decidedBy == null) {
				errors.reject("decidedBy", "one of customs, police, border guard, prosecutor, investigating judge, other");
			}
		}
		required(errors, "contactPoint", draft.contactPoint());
		required(errors, "legalBasis", draft.legalBasis());
		errors.text("declaration", draft.declaration(), MAX_TEXT).text("contactPoint", draft.contactPoint(), 500)
			.text("legalBasis", draft.legalBasis(), 500);
		errors.throwIfAny();
		return new CompetenceEntry(country, article, List.copyOf(sorted(authorities)), decidedBy,
				blankToNull(draft.declaration()), draft.contactPoint().strip(), draft.legalBasis().strip(), today,
				username, false, false);
	}

	private StoredRequest checked(OperationId operationId, OperationCircle operation, RequestDraft draft,
			Visibility visibility, LocalDate today) {
		var errors = new InvalidInput.Collector();
		Article article = null;
		try {
			article = Article.of(draft.article(), "article");
		}
		catch (InvalidInput invalid) {
			errors.reject("article", invalid.fieldErrors().get("article"));
		}
		var requesting = administration(errors, "requesting", draft.requesting());
		var requested = administration(errors, "requested", draft.requested());
		if (requesting != null && requested != null && requesting.country().equals(requested.country())) {
			errors.reject("requested", "an administration of another member state than the requesting one");
		}
		if (requesting != null && !requesting.code().equals(visibility.user().organisation())
				&& !mayFileForOthers(operationId)) {
			errors.reject("requesting", "your own administration: only the operation's leader and OCU file for another");
		}
		var involved = new ArrayList<String>();
		for (var code : draft.involved() == null ? List.<String>of() : draft.involved()) {
			if (!operation.partnerOrganisations().contains(code)) {
				errors.reject("involved", "a partner organisation of the operation (add it to the operation first)");
			}
			else if (!involved.contains(code)) {
				involved.add(code);
			}
		}
		var seizureReport = seizureReport(draft.seizureReport());
		if (draft.seizureReport() != null && !draft.seizureReport().isBlank() && (seizureReport == null
				|| seizures.ofOperation(operationId).stream().noneMatch(report -> report.id().equals(seizureReport)))) {
			errors.reject("seizureReport", "a seizure report of this operation that you can see");
		}
		var drafted = draft.draftedOn() == null ? today : draft.draftedOn();
		if (drafted.isAfter(today)) {
			errors.reject("draftedOn", "not in the future");
		}
		errors.text("notes", draft.notes(), MAX_TEXT);
		errors.throwIfAny();
		var type = operations.find(operationId).plan().type();
		return new StoredRequest(UUID.randomUUID(), operationId, seizureReport,
				type == OperationType.JCO_FULL_SCALE || type == OperationType.JCO_REGIONAL, article,
				requesting.code(), requested.code(), involved, RequestStatus.DRAFT, null, drafted, null, null, null, null,
				null, blankToNull(draft.notes()), visibility.user().username(), 0);
	}

	private static @Nullable UUID seizureReport(@Nullable String id) {
		try {
			return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private @Nullable Organisation administration(InvalidInput.Collector errors, String field, @Nullable String code) {
		var organisation = code == null ? Optional.<Organisation>empty() : reference.organisation(code.strip());
		var customs = organisation.filter(o -> o.kind() == Organisation.Kind.CUSTOMS && o.country() != null
				&& reference.country(o.country()).map(c -> c.kind() == Country.Kind.EU_MEMBER).orElse(false));
		if (customs.isEmpty()) {
			errors.reject(field, "the customs administration of a member state");
			return null;
		}
		return customs.get();
	}

	private static void required(InvalidInput.Collector errors, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			errors.reject(field, "required");
		}
	}

	private static Optional<Authority> authority(String code) {
		return Arrays.stream(Authority.values()).filter(a -> a.name().equalsIgnoreCase(code.strip())).findFirst();
	}

	private static List<Authority> sorted(Collection<Authority> authorities) {
		return authorities.stream().sorted().toList();
	}

	/** The member state with this code, upper-cased; anything else is refused as input of the field. */
	private String memberState(String code, String field) {
		var upper = code.strip().toUpperCase(Locale.ROOT);
		return reference.country(upper).filter(c -> c.kind() == Country.Kind.EU_MEMBER).map(Country::code)
			.orElseThrow(() -> InvalidInput.of(field, "a member state of the European Union (two letters, e.g. DE)"));
	}

	private NaplesRequest view(StoredRequest r, OperationCircle operation, Visibility visibility, LocalDate today) {
		boolean changeable = visibility.allows(CooperationRules.CHANGE, r.protect(operation, today));
		return new NaplesRequest(r.id, r.operationId, r.seizureReport, r.article, r.requesting, r.requested, r.involved,
				r.status, r.answer, r.draftedOn, r.sentOn, r.answeredOn, r.executedOn, r.closedOn, r.outcome, r.notes,
				r.version, changeable, changeable ? r.status.next().stream().sorted().toList() : List.of());
	}

	private StoredRequest load(UUID id) {
		return requests.find(id).orElseThrow(() -> new NotFound("Naples II request", id));
	}

	private static Map<String, Object> auditState(CompetenceEntry entry) {
		var state = new java.util.LinkedHashMap<String, Object>();
		state.put("authorities", String.join(",", entry.authorities().stream().map(Enum::name).toList()));
		if (entry.decidedBy() != null) {
			state.put("decidedBy", entry.decidedBy().name());
		}
		if (entry.declaration() != null) {
			state.put("declaration", entry.declaration());
		}
		state.put("contactPoint", entry.contactPoint());
		state.put("legalBasis", entry.legalBasis());
		state.put("lastConfirmed", entry.lastConfirmed().toString());
		return state;
	}

	private static DomainRuleViolation stale() {
		return new DomainRuleViolation("The request was changed by someone else in the meantime; reload it and apply your change again.");
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
