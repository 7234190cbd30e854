package eu.jcohub.exchange;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.InvalidInput;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.zone.ZoneRulesException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Uid;
import org.jspecify.annotations.Nullable;

/**
 * Reads an iCalendar file as RFC 5545 means it: one operation per UID (our own export's {@code <id>-p<n>@jcohub}
 * UIDs are the phases of one operation), its occurrences as phases ({@link EventDays}), the latest copy of each
 * event winning, and STATUS:CANCELLED or METHOD:CANCEL calling the operation off.
 */
final class IcsImport {

	private static final Pattern OUR_UID = Pattern.compile("(.+)-p(\\d+)@jcohub");
	private static final Pattern UNKNOWN_ZONE = Pattern.compile("Unknown time-zone ID: (.+)");
	private static final String X = "X-JCOHUB-";

	private IcsImport() {
	}

	static List<ParsedLine> read(String content, ImportDefaults defaults) {
		try {
			return read(parse(content), defaults);
		}
		catch (DateTimeException e) {
			// ical4j resolves a TZID when the date is first read, not when the file is parsed.
			throw unknownZone(e).map(zone -> unknownZone(content, zone))
				.orElseGet(() -> InvalidInput.of("file", "a date or time cannot be read: " + e.getMessage()));
		}
	}

	private static InvalidInput unknownZone(String content, String zone) {
		return InvalidInput.of("file", zone + " is not a time zone that exists, and the file defines no VTIMEZONE of "
				+ "that name (" + IcsLocation.of(content, "TZID=" + zone) + ")");
	}

	private static List<ParsedLine> read(Calendar calendar, ImportDefaults defaults) {
		boolean cancelAll = calendar.getProperty(Property.METHOD).map(Property::getValue)
			.filter("CANCEL"::equalsIgnoreCase).isPresent();
		var groups = new LinkedHashMap<String, Map<String, List<VEvent>>>();
		var lines = new ArrayList<ParsedLine>();
		int index = 0;
		for (CalendarComponent component : calendar.getComponents()) {
			if (!(component instanceof VEvent event)) {
				continue;
			}
			index++;
			var uid = event.getUid().map(Uid::getValue).map(String::strip).filter(value -> !value.isBlank());
			if (uid.isEmpty()) {
				lines.add(ParsedLine.unreadable("event " + index, text(event, Property.SUMMARY).orElse(null),
						List.of("UID: required, it identifies the operation when the file is imported again")));
				continue;
			}
			groups.computeIfAbsent(operationKey(uid.get()), key -> new LinkedHashMap<>())
				.computeIfAbsent(uid.get(), key -> new ArrayList<>()).add(event);
		}
		if (index == 0) {
			throw InvalidInput.of("file", "the calendar holds no event (VEVENT)");
		}
		groups.forEach((key, events) -> lines.add(operation(key, events, cancelAll, defaults)));
		return lines;
	}

	/** Our own UIDs name the operation and its phase; any other UID is one operation by itself. */
	static String operationKey(String uid) {
		var matcher = OUR_UID.matcher(uid.strip());
		return matcher.matches() ? matcher.group(1) : uid.strip();
	}

	private static Calendar parse(String content) {
		try {
			return new CalendarBuilder().build(new StringReader(content));
		}
		catch (ParserException e) {
			throw unknownZone(e).map(zone -> unknownZone(content, zone))
				.orElseGet(() -> InvalidInput.of("file", "not valid iCalendar: " + e.getMessage()));
		}
		catch (IOException | RuntimeException e) {
			throw unknownZone(e).map(zone -> unknownZone(content, zone))
				.orElseGet(() -> InvalidInput.of("file", "not readable as iCalendar: " + e.getMessage()));
		}
	}

	private static Optional<String> unknownZone(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof ZoneRulesException || cause instanceof DateTimeException) {
				var matcher = UNKNOWN_ZONE.matcher(String.valueOf(cause.getMessage()));
				if (matcher.find()) {
					return Optional.of(matcher.group(1).strip());
				}
			}
		}
		return Optional.empty();
	}

	private static ParsedLine operation(String key, Map<String, List<VEvent>> byUid, boolean cancelAll,
			ImportDefaults defaults) {
		var ref = "UID " + key;
		var problems = new ArrayList<String>();
		var series = new ArrayList<Series>();
		byUid.forEach((uid, copies) -> Series.of(uid, copies, problems).ifPresent(series::add));
		if (series.isEmpty()) {
			var name = text(byUid.values().iterator().next().get(0), Property.SUMMARY).orElse(null);
			return ParsedLine.unreadable(ref, name, problems);
		}
		var first = series.get(0).master();
		var name = x(first, "NAME").or(() -> text(first, Property.SUMMARY)).orElse(null);
		var revision = series.stream().map(one -> IcsVersions.revision(one.master())).max(Revision::compareTo)
			.orElse(Revision.NONE);
		var organiser = defaults.organiser(x(first, "ORGANISER").orElse(null));
		if (cancelAll || series.stream().allMatch(one -> IcsVersions.cancelled(one.master()))) {
			return ParsedLine.cancelled(ref, name, new ParsedLine.Cancellation(organiser, key), revision);
		}
		var zone = defaults.zoneOf().apply(organiser);
		var days = new ArrayList<EventDays.Days>();
		for (var one : series) {
			if (IcsVersions.cancelled(one.master())) {
				continue;
			}
			var own = new ArrayList<String>();
			days.addAll(EventDays.of(one.master(), one.overrides(), zone, own));
			own.forEach(problem -> problems.add(series.size() > 1 ? "event " + one.uid() + ": " + problem : problem));
		}
		var type = PlanFields.enumValue(OperationType.class, x(first, "TYPE").orElse(null), ImportDefaults.TYPE, "type",
				problems);
		var competence = PlanFields.enumValue(Competence.class, x(first, "COMPETENCE").orElse(null),
				ImportDefaults.COMPETENCE, "competence", problems);
		var domain = PlanFields.enumValue(PolicyDomain.class, x(first, "DOMAIN").orElse(null), ImportDefaults.DOMAIN,
				"domain", problems);
		if (name == null || name.isBlank()) {
			problems.add("SUMMARY: required, it is the operation's name");
		}
		var phases = phases(days, problems);
		if (!problems.isEmpty()) {
			return ParsedLine.unreadable(ref, name, problems);
		}
		var riskAreas = riskAreas(first, defaults);
		try {
			return ParsedLine.read(ref, new OperationPlan(name, type, organiser, x(first, "LEAD-COUNTRY").orElse(null),
					PlanFields.codes(x(first, "PARTICIPANTS").orElse(null)),
					PlanFields.codes(x(first, "PARTNERS").orElse(null)), competence, domain,
					x(first, "CONTACT").orElse(null), key, riskAreas.isEmpty() ? defaults.riskAreas() : riskAreas,
					PlanFields.codes(x(first, "TRANSPORT-MODES").orElse(null)),
					PlanFields.codes(x(first, "LOCATIONS").orElse(null)), phases, objectives(first)))
				.withRevision(revision).withFreeText(x(first, "ORGANISER").isPresent() ? Map.of() : freeText(first));
		}
		catch (IllegalArgumentException e) {
			return ParsedLine.unreadable(ref, name, List.of(e.getMessage()));
		}
	}

	/**
	 * Occurrences as operational phases: those that touch or overlap make one phase, since an operation's phases
	 * leave at least a day between them.
	 */
	private static List<Phase> phases(List<EventDays.Days> days, List<String> problems) {
		var sorted = days.stream().sorted(java.util.Comparator.comparing(EventDays.Days::first)).toList();
		var merged = new ArrayList<EventDays.Days>();
		for (var next : sorted) {
			var last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !next.first().isAfter(last.last().plusDays(1))) {
				merged.set(merged.size() - 1, new EventDays.Days(last.first(),
						next.last().isAfter(last.last()) ? next.last() : last.last()));
			}
			else {
				merged.add(next);
			}
		}
		var phases = new ArrayList<Phase>();
		for (var one : merged) {
			try {
				phases.add(new Phase(one.first(), one.last()));
			}
			catch (IllegalArgumentException e) {
				problems.add(e.getMessage());
			}
		}
		return phases;
	}

	/** One UID's event: the latest copy of the series, and the latest copy of each changed occurrence. */
	private record Series(String uid, VEvent master, List<VEvent> overrides) {

		static Optional<Series> of(String uid, List<VEvent> copies, List<String> problems) {
			var masters = copies.stream().filter(event -> event.getProperty(Property.RECURRENCE_ID).isEmpty()).toList();
			if (masters.isEmpty()) {
				problems.add("event " + uid + ": only changes of single occurrences (RECURRENCE-ID) without the series "
						+ "they belong to; export the whole series");
				return Optional.empty();
			}
			var byOccurrence = new LinkedHashMap<String, List<VEvent>>();
			copies.stream().filter(event -> event.getProperty(Property.RECURRENCE_ID).isPresent())
				.forEach(event -> byOccurrence.computeIfAbsent(event.getProperty(Property.RECURRENCE_ID).orElseThrow()
					.getValue(), value -> new ArrayList<>()).add(event));
			return Optional.of(new Series(uid, IcsVersions.latest(masters),
					byOccurrence.values().stream().map(IcsVersions::latest).toList()));
		}
	}

	/** Another body's words, where suggestions for the plan's fields may be found. */
	private static Map<String, String> freeText(VEvent event) {
		var texts = new LinkedHashMap<String, String>();
		text(event, Property.LOCATION).ifPresent(text -> texts.put(Property.LOCATION, text));
		text(event, Property.DESCRIPTION).ifPresent(text -> texts.put(Property.DESCRIPTION, text));
		var categories = String.join(", ", event.<Categories>getProperties(Property.CATEGORIES).stream()
			.flatMap(property -> property.getCategories().getTexts().stream()).toList());
		if (!categories.isBlank()) {
			texts.put(Property.CATEGORIES, categories);
		}
		return texts;
	}

	/** Our X-JCOHUB-RISK-AREAS if present (validated later), else those CATEGORIES that are risk-area codes. */
	private static Set<String> riskAreas(VEvent event, ImportDefaults defaults) {
		var ours = x(event, "RISK-AREAS");
		if (ours.isPresent()) {
			return PlanFields.codes(ours.get());
		}
		var codes = new LinkedHashSet<String>();
		event.<Categories>getProperties(Property.CATEGORIES)
			.forEach(categories -> categories.getCategories().getTexts().forEach(text -> PlanFields.codes(text).stream()
				.filter(defaults.isRiskArea()).forEach(codes::add)));
		return codes;
	}

	/** Our own export writes a summary before the objectives; other bodies' descriptions are kept whole. */
	private static @Nullable String objectives(VEvent event) {
		var description = text(event, Property.DESCRIPTION).orElse(null);
		if (description == null || x(event, "ORGANISER").isEmpty()) {
			return description;
		}
		int split = description.indexOf("\n\n");
		return split < 0 ? null : description.substring(split + 2);
	}

	static Optional<String> x(VEvent event, String name) {
		return text(event, X + name);
	}

	static Optional<String> text(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).filter(value -> !value.isBlank());
	}
}
