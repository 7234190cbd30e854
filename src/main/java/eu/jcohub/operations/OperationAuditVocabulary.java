package eu.jcohub.operations;

import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordKind;
import eu.jcohub.access.OperationCircle;
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
 * The calendar's records in the audit trail: operations, with their
 * codes (type, status, organisations, countries, risk areas, modes, places, periods) in words.
 */
@Component
class OperationAuditVocabulary implements AuditVocabulary {

	static final RecordKind OPERATION = new RecordKind("operation");

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
		return Set.of(OPERATION);
	}

	/** An operation's name is part of its calendar entry, which everyone signed in may read. */
	@Override
	public Optional<String> record(RecordKind kind, String id, AuditWording wording) {
		try {
			return register.circles(Set.of(OperationId.of(UUID.fromString(id)))).stream().findFirst()
				.map(OperationCircle::name);
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
