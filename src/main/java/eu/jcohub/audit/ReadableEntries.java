package eu.jcohub.audit;

import eu.jcohub.shared.RecordKind;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts audit entries into words: the kinds, actions and fields from the message bundles, the values through
 * the vocabulary of the module that wrote them, the organisation by its name, and the record by the label stored
 * with the entry. Nothing here reads another module's tables.
 */
@Service
public class ReadableEntries {

	private static final Pattern UUID_LIKE = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
	private static final String SYSTEM = "system";

	private final MessageSource messages;
	private final ReferenceData reference;
	private final List<AuditVocabulary> vocabularies;
	private final JsonMapper json = JsonMapper.builder().build();

	ReadableEntries(MessageSource messages, ReferenceData reference, List<AuditVocabulary> vocabularies) {
		this.messages = messages;
		this.reference = reference;
		this.vocabularies = vocabularies;
	}

	public List<ReadableEntry> of(List<AuditEntry> entries, Locale locale) {
		var wording = new Wording(locale);
		return entries.stream().map(entry -> of(entry, wording)).toList();
	}

	/** The kinds of record the modules write, in words and sorted by them, for a search form. */
	public List<KindChoice> kinds(Locale locale) {
		var wording = new Wording(locale);
		return vocabularies.stream().flatMap(vocabulary -> vocabulary.kinds().stream()).distinct()
			.map(kind -> new KindChoice(kind.code(), kindWords(kind, wording)))
			.sorted(Comparator.comparing(KindChoice::words, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** A kind of record as a search form offers it. */
	public record KindChoice(String code, String words) {
	}

	private ReadableEntry of(AuditEntry entry, Wording wording) {
		return new ReadableEntry(entry, wording.moment(entry.at()), actor(entry, wording),
				organisation(entry.organisation(), wording), actionWords(entry.action(), wording),
				kindWords(entry.entityType(), wording), record(entry, wording), changes(entry, wording),
				origin(entry.remoteAddress(), wording));
	}

	private static String actor(AuditEntry entry, Wording wording) {
		boolean automatic = SYSTEM.equals(entry.actor()) && entry.remoteAddress().isBlank();
		return automatic ? wording.required("audit.actor.system") : entry.actor();
	}

	private String organisation(String code, Wording wording) {
		if (code.isBlank()) {
			return wording.required("audit.none");
		}
		return reference.organisation(code).map(Organisation::name).orElse(code);
	}

	private static String actionWords(AuditAction action, Wording wording) {
		return wording.text("audit.action." + action.code())
			.orElseGet(() -> action.code().replace('_', ' ').toLowerCase(Locale.ROOT));
	}

	private static String kindWords(RecordKind kind, Wording wording) {
		return wording.text("audit.kind." + kind.code()).orElseGet(() -> kind.code().replace('-', ' '));
	}

	/**
	 * The label stored with the entry; else the words the owning module finds for the id; else the id itself,
	 * where it is a name (a username, a file name) rather than a generated number.
	 */
	private String record(AuditEntry entry, Wording wording) {
		if (entry.recordLabel() != null) {
			return entry.recordLabel();
		}
		var id = entry.entityId();
		var words = vocabularyOf(entry.entityType()).flatMap(vocabulary -> vocabulary.record(entry.entityType(), id, wording));
		if (words.isPresent()) {
			return words.get();
		}
		var day = day(id);
		if (day.isPresent()) {
			return wording.day(day.get());
		}
		return UUID_LIKE.matcher(id).find() ? wording.required("audit.record.unnamed") : id;
	}

	private Optional<AuditVocabulary> vocabularyOf(RecordKind kind) {
		return vocabularies.stream().filter(vocabulary -> vocabulary.kinds().contains(kind)).findFirst();
	}

	private static String origin(String address, Wording wording) {
		return switch (Origin.of(address)) {
			case NONE -> wording.required("audit.origin.none");
			case LOCAL -> wording.required("audit.origin.local");
			case ADDRESS -> Origin.readable(address);
		};
	}

	// ---- the state before and after

	private List<ReadableEntry.Change> changes(AuditEntry entry, Wording wording) {
		var before = fields(entry.before());
		var after = fields(entry.after());
		var changes = new ArrayList<ReadableEntry.Change>();
		var names = new LinkedHashMap<String, String>();
		before.keySet().forEach(field -> names.put(field, fieldWords(entry.entityType(), field, wording)));
		after.keySet().forEach(field -> names.put(field, fieldWords(entry.entityType(), field, wording)));
		names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).forEach(name -> {
			var was = before.get(name.getKey());
			var now = after.get(name.getKey());
			if (before.isEmpty()) {
				changes.add(new ReadableEntry.Change(name.getValue(), null, value(entry.entityType(), name.getKey(), now, wording)));
			}
			else if (!Objects.equals(was, now)) {
				changes.add(new ReadableEntry.Change(name.getValue(), value(entry.entityType(), name.getKey(), was, wording),
						value(entry.entityType(), name.getKey(), now, wording)));
			}
		});
		return changes;
	}

	private Map<String, JsonNode> fields(String state) {
		var fields = new LinkedHashMap<String, JsonNode>();
		var node = json.readTree(state);
		if (node != null && node.isObject()) {
			node.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
		}
		return fields;
	}

	private static String fieldWords(RecordKind kind, String field, Wording wording) {
		return wording.text("audit.field." + kind.code() + "." + field)
			.or(() -> wording.text("audit.field." + field))
			.orElseGet(() -> humanised(field));
	}

	/** {@code leadCountry} → “Lead country”: better than the code where a module gave no words for a field. */
	private static String humanised(String field) {
		var words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ')
			.toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private String value(RecordKind kind, String field, JsonNode node, Wording wording) {
		if (node == null || node.isNull()) {
			return wording.required("audit.none");
		}
		if (node.isBoolean()) {
			return wording.required(node.asBoolean() ? "audit.yes" : "audit.no");
		}
		if (node.isArray()) {
			var values = StreamSupport.stream(node.spliterator(), false).map(item -> value(kind, field, item, wording))
				.collect(Collectors.joining(", "));
			return values.isEmpty() ? wording.required("audit.none") : values;
		}
		if (node.isObject()) {
			return node.properties().stream()
				.map(item -> fieldWords(kind, item.getKey(), wording) + ": " + value(kind, item.getKey(), item.getValue(), wording))
				.collect(Collectors.joining(", "));
		}
		return scalar(kind, field, node.asString(), wording);
	}

	private String scalar(RecordKind kind, String field, String value, Wording wording) {
		if (value.isBlank() || value.equals("null")) {
			return wording.required("audit.none");
		}
		var words = vocabularyOf(kind).flatMap(vocabulary -> vocabulary.value(kind, field, value, wording));
		if (words.isPresent()) {
			return words.get();
		}
		var day = day(value);
		if (day.isPresent()) {
			return wording.day(day.get());
		}
		var moment = moment(value);
		if (moment.isPresent()) {
			return wording.moment(moment.get());
		}
		return value;
	}

	private static Optional<LocalDate> day(String text) {
		try {
			return DAY.matcher(text).matches() ? Optional.of(LocalDate.parse(text)) : Optional.empty();
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private static Optional<Instant> moment(String text) {
		try {
			return MOMENT.matcher(text).matches() ? Optional.of(Instant.parse(text)) : Optional.empty();
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** The reader's words, from the bundles of every module. */
	private final class Wording implements AuditWording {

		private final Locale locale;

		Wording(Locale locale) {
			this.locale = locale;
		}

		@Override
		public Locale locale() {
			return locale;
		}

		@Override
		public Optional<String> text(String key, Object... arguments) {
			return Optional.ofNullable(messages.getMessage(key, arguments, null, locale));
		}

		String required(String key) {
			return text(key).orElseThrow(() -> new NoSuchMessageException(key, locale));
		}

		@Override
		public String day(LocalDate day) {
			return DateTimeFormatter.ofPattern(required("format.day"), locale).format(day);
		}

		@Override
		public String moment(Instant moment) {
			return DateTimeFormatter.ofPattern(required("audit.format.moment"), locale).withZone(ZoneOffset.UTC)
				.format(moment);
		}
	}
}
