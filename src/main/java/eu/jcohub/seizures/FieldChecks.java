package eu.jcohub.seizures;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks a field report as a whole against its operation and phase, and names every field that is wrong. */
@Component
class FieldChecks {

	static final Set<String> CONTROLLED_KINDS = Set.of("VEHICLES", "CONTAINERS", "CONSIGNMENTS", "PASSENGERS");
	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);
	/** A phone's clock may run a little ahead of the server's. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
	private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999999.999");
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
	private static final int MAX_IDENTIFIERS = 20;
	private static final int MAX_COUNT = 1_000_000;
	private final ReferenceData reference;

	FieldChecks(ReferenceData reference) {
		this.reference = reference;
	}

	/** The report as checked, with the facts and field parts it is saved with. */
	record Checked(ReportType type, ReportingPhase phase, boolean late, Instant occurredAt, String locationCode,
			SeizureReport.Facts facts, SeizureReport.Field field, HandlingCode handlingCode, Subject subject) {
	}

	/** Where the report is sent: the operation's phases and locations, the reporter's country, now. */
	record Target(List<ReportingPhase> phases, Set<String> locations, @Nullable String reporterCountry, Instant now,
			java.util.function.Predicate<UUID> knownProfile) {
	}

	Checked check(ReportDraft draft, Target target, @Nullable String idempotencyKey) {
		var errors = new InvalidInput.Collector();
		var type = type(draft.type(), errors);
		var phase = phase(draft.phase(), target, errors);
		var occurredAt = moment(draft.occurredAt(), target.now(), errors);
		if (occurredAt == null) {
			occurredAt = target.now();
		}
		else if (occurredAt.isAfter(target.now().plus(CLOCK_SKEW))) {
			errors.reject("occurredAt", "cannot be in the future");
		}
		else if (phase != null && !phase.covers(occurredAt)) {
			errors.reject("occurredAt", "phase " + phase.number() + " ran from " + MOMENT.format(phase.openedAt())
					+ (phase.closedAt() == null ? " and is open" : " to " + MOMENT.format(phase.closedAt())));
		}
		var location = location(draft.location(), target, errors);
		errors.text("concealment", draft.concealment(), 500).text("summary", draft.summary(), 2000);
		code("transportMode", draft.transportMode(), code -> reference.transportMode(code).isPresent(), "transport mode",
				errors);
		code("riskArea", draft.riskArea(), code -> reference.riskArea(code).isPresent(), "risk area", errors);
		country("routeFrom", draft.routeFrom(), errors);
		country("routeTo", draft.routeTo(), errors);
		amount("quantity", draft.quantity(), MAX_QUANTITY, errors);
		amount("valueEur", draft.valueEur(), MAX_AMOUNT, errors);
		amount("dutiesEur", draft.dutiesEur(), MAX_AMOUNT, errors);
		var unit = unit(draft, errors);
		var identifiers = identifiers(draft.identifiers(), errors);
		var profileId = profile(draft.profileId(), target, errors);
		var handling = handling(draft.handlingCode(), errors);
		ControlResult result = null;
		String controlledKind = null;
		int controlled = 0;
		if (type == ReportType.CONTROL) {
			controlledKind = blank(draft.controlledKind()) ? null : draft.controlledKind().strip().toUpperCase(Locale.ROOT);
			if (controlledKind == null) {
				errors.reject("controlledKind", "say what was controlled: VEHICLES, CONTAINERS, CONSIGNMENTS or PASSENGERS");
			}
			else if (!CONTROLLED_KINDS.contains(controlledKind)) {
				errors.reject("controlledKind", "unknown kind " + draft.controlledKind().strip()
						+ ": VEHICLES, CONTAINERS, CONSIGNMENTS or PASSENGERS");
			}
			if (draft.controlledCount() == null || draft.controlledCount() < 1 || draft.controlledCount() > MAX_COUNT) {
				errors.reject("controlledCount", "give how many were controlled, from 1 to " + MAX_COUNT);
			}
			else {
				controlled = draft.controlledCount();
			}
			result = result(draft.result(), errors);
		}
		else if (type == ReportType.SEIZURE) {
			if (blank(draft.riskArea())) {
				errors.reject("riskArea", "give the kind of goods seized");
			}
			if (draft.quantity() == null) {
				errors.reject("quantity", "give the quantity seized");
			}
			if (blank(draft.summary())) {
				errors.reject("summary", "describe what was seized");
			}
		}
		SeizureChecks.subject(draft.subject(), target.now().atZone(ZoneOffset.UTC).toLocalDate(), errors);
		errors.throwIfAny();
		var riskArea = clean(draft.riskArea());
		var day = occurredAt.atZone(ZoneOffset.UTC).toLocalDate();
		var facts = new SeizureReport.Facts(day, location, null, riskArea, clean(draft.summary()), draft.quantity(),
				unit == null ? null : unit.name(), draft.valueEur());
		boolean late = phase.lateAt(target.now());
		var field = new SeizureReport.Field(type, phase.number(), occurredAt, late, clean(draft.transportMode()),
				draft.dutiesEur(), clean(draft.concealment()), upper(draft.routeFrom()), upper(draft.routeTo()),
				identifiers, profileId, controlledKind, controlled, type == ReportType.SEIZURE ? null : result,
				idempotencyKey);
		return new Checked(type, phase, late, occurredAt, location, facts, field, handling, draft.subject());
	}

	/** The moment given, or now when none is; none when it cannot be read (the error is collected). */
	private static @Nullable Instant moment(@Nullable String text, Instant now, InvalidInput.Collector errors) {
		if (text == null || text.isBlank()) {
			return now;
		}
		try {
			return Instant.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			errors.reject("occurredAt", "give a moment such as 2026-03-05T14:30:00Z");
			return null;
		}
	}

	private static @Nullable ReportType type(@Nullable String type, InvalidInput.Collector errors) {
		if (blank(type)) {
			errors.reject("type", "say whether it is a CONTROL or a SEIZURE");
			return null;
		}
		return Arrays.stream(ReportType.values()).filter(value -> value.name().equalsIgnoreCase(type.strip())).findFirst()
			.orElseGet(() -> {
				errors.reject("type", "unknown type " + type.strip() + ": CONTROL or SEIZURE");
				return null;
			});
	}

	/** The phase asked for (or the one open), if it still takes reports. */
	private static @Nullable ReportingPhase phase(@Nullable Integer number, Target target, InvalidInput.Collector errors) {
		if (number == null) {
			var open = target.phases().stream().filter(ReportingPhase::open).findFirst();
			if (open.isEmpty()) {
				errors.reject("phase", "no phase of the operation is open: give the phase the report belongs to");
			}
			return open.orElse(null);
		}
		var phase = target.phases().stream().filter(known -> known.number() == number).findFirst();
		if (phase.isEmpty()) {
			errors.reject("phase", "phase " + number + " has not been opened");
			return null;
		}
		if (!phase.get().takesReportsAt(target.now())) {
			errors.reject("phase", "phase " + number + " closed on " + MOMENT.format(phase.get().closedAt())
					+ ", more than 72 hours ago: it takes no more reports");
			return null;
		}
		return phase.get();
	}

	private @Nullable String location(@Nullable String location, Target target, InvalidInput.Collector errors) {
		if (!blank(location)) {
			var code = location.strip().toUpperCase(Locale.ROOT);
			if (!target.locations().contains(code)) {
				errors.reject("location", "not a location of the operation: " + location.strip());
				return null;
			}
			return code;
		}
		var own = target.locations().stream()
			.filter(code -> reference.location(code).map(known -> known.country().equals(target.reporterCountry()))
				.orElse(false))
			.sorted()
			.toList();
		if (own.size() != 1) {
			errors.reject("location", own.isEmpty() ? "give the location: the operation has none in your country"
					: "give the location: the operation has " + own.size() + " in your country");
			return null;
		}
		return own.get(0);
	}

	private static @Nullable Unit unit(ReportDraft draft, InvalidInput.Collector errors) {
		if (blank(draft.unit())) {
			if (draft.quantity() != null) {
				errors.reject("unit", "give the unit of the quantity: KG, G, L, PIECES, STICKS, CONTAINERS or EUR");
			}
			return null;
		}
		var unit = Arrays.stream(Unit.values()).filter(value -> value.name().equalsIgnoreCase(draft.unit().strip()))
			.findFirst();
		if (unit.isEmpty()) {
			errors.reject("unit", "unknown unit " + draft.unit().strip() + ": KG, G, L, PIECES, STICKS, CONTAINERS or EUR");
			return null;
		}
		if (!blank(draft.riskArea()) && !unit.get().fits(draft.riskArea().strip())) {
			errors.reject("unit", unit.get().name() + " does not fit " + draft.riskArea().strip());
		}
		return unit.get();
	}

	/** Upper-case, without spaces or dashes: MSCU 123456-7 and mscu1234567 are the same container. */
	static String identifier(String raw) {
		return raw.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
	}

	private static List<String> identifiers(@Nullable List<String> raw, InvalidInput.Collector errors) {
		var identifiers = new ArrayList<String>();
		for (var one : raw == null ? List.<String>of() : raw) {
			if (one == null || one.isBlank()) {
				continue;
			}
			var cleaned = identifier(one);
			if (cleaned.length() > 40 || !cleaned.matches("[A-Z0-9]+")) {
				errors.reject("identifiers", "an identifier has letters and digits only, at most 40: " + one.strip());
			}
			else if (!identifiers.contains(cleaned)) {
				identifiers.add(cleaned);
			}
		}
		if (identifiers.size() > MAX_IDENTIFIERS) {
			errors.reject("identifiers", "at most " + MAX_IDENTIFIERS + " identifiers");
		}
		return identifiers;
	}

	private static @Nullable UUID profile(@Nullable String profileId, Target target, InvalidInput.Collector errors) {
		if (blank(profileId)) {
			return null;
		}
		try {
			var id = UUID.fromString(profileId.strip());
			if (target.knownProfile().test(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException notAnId) {
			// named below like an unknown one
		}
		errors.reject("profileId", "not a risk profile of the operation");
		return null;
	}

	private static @Nullable ControlResult result(@Nullable String result, InvalidInput.Collector errors) {
		if (blank(result)) {
			errors.reject("result", "say what the control found: NOTHING_FOUND or INFRINGEMENT");
			return null;
		}
		return Arrays.stream(ControlResult.values()).filter(value -> value.name().equalsIgnoreCase(result.strip()))
			.findFirst()
			.orElseGet(() -> {
				errors.reject("result", "unknown result " + result.strip() + ": NOTHING_FOUND or INFRINGEMENT");
				return null;
			});
	}

	private static HandlingCode handling(@Nullable String code, InvalidInput.Collector errors) {
		if (blank(code)) {
			return HandlingCode.PARTICIPANTS;
		}
		var known = Arrays.stream(HandlingCode.values())
			.filter(value -> value.name().equals(code.strip()) && value != HandlingCode.PUBLIC_CALENDAR
					&& value != HandlingCode.NAMED)
			.findFirst();
		if (known.isEmpty()) {
			errors.reject("handlingCode", "unknown handling code " + code.strip() + ": PARTICIPANTS or OWNER_ONLY");
		}
		return known.orElse(HandlingCode.PARTICIPANTS);
	}

	private void code(String field, @Nullable String code, java.util.function.Predicate<String> known, String what,
			InvalidInput.Collector errors) {
		if (!blank(code) && !known.test(code.strip())) {
			errors.reject(field, "unknown " + what + " " + code.strip());
		}
	}

	private void country(String field, @Nullable String code, InvalidInput.Collector errors) {
		if (!blank(code) && reference.country(code.strip().toUpperCase(Locale.ROOT)).isEmpty()) {
			errors.reject(field, "unknown country " + code.strip());
		}
	}

	private static void amount(String field, @Nullable BigDecimal amount, BigDecimal max, InvalidInput.Collector errors) {
		if (amount != null && (amount.signum() < 0 || amount.compareTo(max) > 0)) {
			errors.reject(field, "must be between 0 and " + String.format(Locale.ROOT, "%,.0f",
					max.setScale(0, java.math.RoundingMode.DOWN)));
		}
	}

	private static @Nullable String clean(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}

	private static @Nullable String upper(@Nullable String text) {
		return blank(text) ? null : text.strip().toUpperCase(Locale.ROOT);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
