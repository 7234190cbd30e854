package eu.jcohub.seizures;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operation's risk profiles, versioned per phase: a profile is created for the phase to come (or under way),
 * carried over to the next phase when it opens, and edited (a new version) at the review; no version is ever
 * changed or dropped, so the phases can be compared side by side.
 */
@Service
public class RiskProfiles {

	private static final int MAX_CODES = 20;
	private final RiskProfileStore store;
	private final PhaseStore phases;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RiskProfiles(RiskProfileStore store, PhaseStore phases, OperationRegister operations, AccessPolicy access,
			ReferenceData reference, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.phases = phases;
		this.operations = operations;
		this.access = access;
		this.reference = reference;
		this.events = events;
		this.clock = clock;
	}

	/** Every version of the operation's profiles, for those who may see its details. */
	public List<RiskProfileView> of(OperationId operationId) {
		access.visibility().requireDetails(operations.circle(operationId).asRecord(LocalDate.now(clock)));
		return store.of(operationId);
	}

	/** Every profile's latest version, for the report form's choice. */
	public List<RiskProfileView> current(OperationId operationId) {
		return latest(of(operationId));
	}

	/** Whether the user keeps the operation's profiles (its OCU and leader). */
	public boolean mayEdit(OperationId operationId) {
		return access.visibility().allows(SeizureRules.PROFILES, SeizureRules.asExecuted(operations.circle(operationId)));
	}

	/** Refuses (403) whoever may not keep the operation's profiles, before anything they sent is read. */
	public void requireEdit(OperationId operationId) {
		access.visibility().require(SeizureRules.PROFILES, SeizureRules.asExecuted(operations.circle(operationId)));
	}

	/** The operation a profile (or one of its versions) belongs to; 404 if there is no such profile. */
	public OperationId operationOf(UUID id) {
		return store.latest(id).orElseThrow(() -> new NotFound("Risk profile", id)).operationId();
	}

	/** A new profile, version 1, for the phase under way or, between phases, the next one. */
	@Transactional
	public RiskProfileView create(OperationId operationId, RiskProfileDraft draft) {
		requireEdit(operationId);
		var checked = check(draft);
		var user = access.currentUser();
		return save(operationId, new RiskProfileView(UUID.randomUUID(), UUID.randomUUID(), 1, targetPhase(operationId),
				checked.name(), checked.riskArea(), checked.transportMode(), checked.routeFrom(), checked.routeTo(),
				checked.commodityCodes(), checked.indicators(), user.organisation(), user.username(), Instant.now(clock)));
	}

	/**
	 * A new version of the profile, for the phase under way or, at the review, the next one; {@code id} is the
	 * profile's or that of any of its versions.
	 */
	@Transactional
	public RiskProfileView edit(UUID id, RiskProfileDraft draft) {
		var latest = store.latest(id).orElseThrow(() -> new NotFound("Risk profile", id));
		requireEdit(latest.operationId());
		var checked = check(draft);
		var previous = latest.version();
		return save(latest.operationId(), new RiskProfileView(UUID.randomUUID(), previous.profileId(), previous.version() + 1,
				targetPhase(latest.operationId()), checked.name(), checked.riskArea(), checked.transportMode(),
				checked.routeFrom(), checked.routeTo(), checked.commodityCodes(), checked.indicators(),
				previous.owner(), access.currentUser().username(), Instant.now(clock)));
	}

	/** Phase {@code phase} starts from the latest version of every profile of the phases before it. */
	void carryOver(OperationId operationId, int phase) {
		var by = access.signedIn().map(user -> user.username()).orElse("system");
		for (var previous : latest(store.of(operationId))) {
			if (previous.phase() < phase) {
				save(operationId, new RiskProfileView(UUID.randomUUID(), previous.profileId(), previous.version() + 1,
						phase, previous.name(), previous.riskArea(), previous.transportMode(), previous.routeFrom(),
						previous.routeTo(), previous.commodityCodes(), previous.indicators(), previous.owner(), by,
						Instant.now(clock)));
			}
		}
	}

	/** The latest version of each profile, by name. */
	static List<RiskProfileView> latest(List<RiskProfileView> versions) {
		Map<UUID, RiskProfileView> latest = versions.stream().collect(Collectors.toMap(RiskProfileView::profileId,
				version -> version, (a, b) -> a.version() >= b.version() ? a : b));
		return latest.values().stream().sorted(Comparator.comparing(RiskProfileView::name)).toList();
	}

	private RiskProfileView save(OperationId operationId, RiskProfileView version) {
		store.insert(operationId, version);
		events.publishEvent(new RiskProfileVersioned(operationId, version.profileId(), version.version(),
				version.phase(), version.name()));
		return version;
	}

	/** The phase open, or between phases (and before the first) the next one. */
	private int targetPhase(OperationId operationId) {
		var known = phases.of(operationId);
		return known.stream().filter(ReportingPhase::open).map(ReportingPhase::number).findFirst()
			.orElse(known.size() + 1);
	}

	private RiskProfileDraft check(RiskProfileDraft draft) {
		var errors = new InvalidInput.Collector().text("name", draft.name(), 200).text("indicators", draft.indicators(), 2000);
		if (blank(draft.name())) {
			errors.reject("name", "give the profile a name");
		}
		if (blank(draft.riskArea())) {
			errors.reject("riskArea", "give the risk area");
		}
		else if (reference.riskArea(draft.riskArea().strip()).isEmpty()) {
			errors.reject("riskArea", "unknown risk area " + draft.riskArea().strip());
		}
		if (!blank(draft.transportMode()) && reference.transportMode(draft.transportMode().strip()).isEmpty()) {
			errors.reject("transportMode", "unknown transport mode " + draft.transportMode().strip());
		}
		country("routeFrom", draft.routeFrom(), errors);
		country("routeTo", draft.routeTo(), errors);
		var codes = new ArrayList<String>();
		for (var code : draft.commodityCodes() == null ? List.<String>of() : draft.commodityCodes()) {
			var cleaned = code == null ? "" : code.replaceAll("[\\s.]", "");
			if (!cleaned.matches("[0-9]{2,10}")) {
				errors.reject("commodityCodes", "a commodity code has 2 to 10 digits: " + code);
			}
			else if (!codes.contains(cleaned)) {
				codes.add(cleaned);
			}
		}
		if (codes.size() > MAX_CODES) {
			errors.reject("commodityCodes", "at most " + MAX_CODES + " commodity codes");
		}
		errors.throwIfAny();
		return new RiskProfileDraft(draft.name().strip(), draft.riskArea().strip(), clean(draft.transportMode()),
				upper(draft.routeFrom()), upper(draft.routeTo()), codes, clean(draft.indicators()));
	}

	private void country(String field, @Nullable String code, InvalidInput.Collector errors) {
		if (!blank(code) && reference.country(code.strip().toUpperCase(java.util.Locale.ROOT)).isEmpty()) {
			errors.reject(field, "unknown country " + code.strip());
		}
	}

	private static @Nullable String clean(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}

	private static @Nullable String upper(@Nullable String text) {
		return blank(text) ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
