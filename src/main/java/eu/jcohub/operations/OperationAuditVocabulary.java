package eu.jcohub.operations;

import eu.jcohub.audit.AuditAction;
import eu.jcohub.audit.AuditVocabulary;
import eu.jcohub.audit.AuditWording;
import eu.jcohub.audit.RecordKind;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The calendar's records in the audit trail: operations and the resolutions of their conflicts, with their
 * codes (type, status, organisations, countries, risk areas, modes, places, periods) in words.
 */
@Component
class OperationAuditVocabulary implements AuditVocabulary {

	static final RecordKind OPERATION = new RecordKind("operation");
	static final RecordKind CONFLICT = new RecordKind("conflict");
	static final AuditAction RESOLVED = new AuditAction("RESOLVED");

	/** Periods as written before they were written as ISO ranges: {@code [Phase[start=…, end=…], …]}. */
	private static final Pattern OLD_PHASE = Pattern.compile("Phase\\[start=(\\d{4}-\\d{2}-\\d{2}), end=(\\d{4}-\\d{2}-\\d{2})]");
	private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

	private final ReferenceData reference;
	private final OperationRegister register;

	OperationAuditVocabulary(ReferenceData reference, OperationRegister register) {
		this.reference = reference;
		this.register = register;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(OPERATION, CONFLICT);
	}

	/** An operation's name is part of its calendar entry, which everyone signed in may read. */
	@Override
	public Optional<String> record(RecordKind kind, String id, AuditWording wording) {
		try {
			var ids = Arrays.stream(id.split("/")).map(UUID::fromString).toList();
			var names = register.circles(Set.copyOf(ids)).stream()
				.collect(Collectors.toMap(OperationCircle::id, OperationCircle::name));
			if (!names.keySet().containsAll(ids)) {
				return Optional.empty();
			}
			return Optional.of(ids.stream().map(names::get).collect(Collectors.joining(" ↔ ")));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "type" -> wording.text("operation.type." + value);
			case "status" -> wording.text("operation.status." + value);
			case "resolution" -> wording.text("resolution.kind." + value);
			case "organiser" -> Optional.of(organisation(value));
			case "partnerOrganisations" -> Optional.of(each(value, this::organisation));
			case "leadCountry" -> Optional.of(country(value));
			case "participants" -> Optional.of(each(value, this::country));
			case "riskAreas" -> Optional.of(each(value, reference::riskAreaName));
			case "transportModes" -> Optional.of(each(value,
					code -> reference.transportMode(code).map(Category::name).orElse(code)));
			case "locations" -> Optional.of(each(value, this::location));
			case "phases" -> Optional.of(phases(value, wording));
			default -> Optional.empty();
		};
	}

	/** Stored as the ISO ranges {@code 2026-03-01/2026-03-10; …} (or, in early entries, as Java wrote them). */
	static String phases(String value, AuditWording wording) {
		var matcher = (value.contains("Phase[") ? OLD_PHASE : RANGE).matcher(value);
		var periods = matcher.results()
			.map(range -> wording.day(LocalDate.parse(range.group(1))) + " – " + wording.day(LocalDate.parse(range.group(2))))
			.collect(Collectors.joining("; "));
		return periods.isEmpty() ? value : periods;
	}

	private String organisation(String code) {
		return reference.organisation(code).map(Organisation::name).orElse(code);
	}

	private String country(String code) {
		return reference.country(code).map(Country::name).orElse(code);
	}

	/** A control location, or a whole country where the place is not known. */
	private String location(String code) {
		return reference.location(code).map(location -> location.name() + " (" + code + ")")
			.or(() -> reference.country(code).map(Country::name))
			.orElse(code);
	}

	private static String each(String joined, Function<String, String> words) {
		return Arrays.stream(joined.split(",")).map(String::strip).filter(code -> !code.isEmpty()).map(words)
			.collect(Collectors.joining(", "));
	}
}
