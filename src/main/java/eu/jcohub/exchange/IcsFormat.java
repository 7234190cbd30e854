package eu.jcohub.exchange;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.InvalidInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The iCalendar exchange format: one all-day VEVENT per operational phase ({@code UID <operation>-p<n>@jcohub},
 * DTEND exclusive), risk areas as CATEGORIES, and {@code X-JCOHUB-*} properties carrying what re-importing the
 * operation faithfully needs. Other bodies' files may carry only SUMMARY, DTSTART, DTEND and UID: each UID is
 * then one operation, its external id.
 */
final class IcsFormat {

	static final String PRODID = "-//JCO Hub//Coordination calendar//EN";
	private static final Pattern OUR_UID = Pattern.compile("(.+)-p(\\d+)@jcohub");
	private static final String X = "X-JCOHUB-";

	private IcsFormat() {
	}

	// ---- export

	/** The calendar; SUMMARY, DESCRIPTION and CATEGORIES in the reader's words, codes in the X- properties. */
	static String write(List<OperationView> operations, Instant now, PlanWords.In words) {
		var calendar = new Calendar();
		calendar.add(new ProdId(PRODID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", "JCO Hub"));
		for (var view : operations) {
			var phases = view.plan().phases();
			for (int i = 0; i < phases.size(); i++) {
				calendar.add(event(view, i + 1, phases.get(i), now, words));
			}
		}
		var out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ValidationException e) {
			throw new IllegalStateException("the calendar feed would not be valid iCalendar: " + e.getMessage(), e);
		}
		return out.toString();
	}

	private static VEvent event(OperationView view, int n, Phase phase, Instant now, PlanWords.In words) {
		var plan = view.plan();
		boolean details = view.detailsVisible();
		var summary = text(plan.phases().size() > 1 ? words.text("exchange.ics.phase", plan.name(), n) : plan.name());
		// All-day dates: DTEND is the day after the last day.
		var event = new VEvent(phase.start(), phase.end().plusDays(1), summary);
		event.add(new Uid(view.id() + "-p" + n + "@jcohub"));
		// The constructor stamps the event already; one DTSTAMP only, from the application clock.
		event.replace(new DtStamp(now));
		if (!plan.riskAreas().isEmpty()) {
			// What a calendar client shows as tags; our own import reads the codes from X-JCOHUB-RISK-AREAS.
			event.add(new Categories(new TextList(plan.riskAreas().stream().map(words::riskArea).map(IcsFormat::text)
				.toList())));
		}
		event.add(new Description(text(description(view, words))));
		add(event, "NAME", plan.name());
		add(event, "TYPE", plan.type().name());
		add(event, "STATUS", view.status().name());
		add(event, "ORGANISER", plan.organiser());
		add(event, "LEAD-COUNTRY", plan.leadCountry());
		add(event, "PARTICIPANTS", PlanFields.join(plan.participants()));
		add(event, "RISK-AREAS", PlanFields.join(plan.riskAreas()));
		add(event, "CONTACT", plan.contactPoint() == null ? null : plan.contactPoint().replaceAll("\\s+", " "));
		add(event, "MARKING", view.marking());
		if (details) {
			add(event, "EXTERNAL-ID", plan.externalId());
			add(event, "PARTNERS", PlanFields.join(plan.partnerOrganisations()));
			add(event, "COMPETENCE", plan.competence().name());
			add(event, "DOMAIN", plan.domain().name());
			add(event, "TRANSPORT-MODES", PlanFields.join(plan.transportModes()));
			add(event, "LOCATIONS", PlanFields.join(plan.locations()));
		}
		return event;
	}

	/**
	 * A summary in words, one fact a line, then after a blank line the objectives where the reader may see them
	 * (the summary itself has no blank line: importing our own file finds the objectives after the first).
	 */
	private static String description(OperationView view, PlanWords.In words) {
		var plan = view.plan();
		var text = new StringBuilder()
			.append(words.text("exchange.ics.organiser", words.organisation(plan.organiser()))).append('\n')
			.append(words.text("exchange.ics.typeAndStatus", words.type(view), words.status(view))).append('\n')
			.append(words.text("exchange.ics.countries", words.countries(plan.countriesTakingPart()))).append('\n')
			.append(words.text("exchange.ics.riskAreas", words.riskAreas(plan.riskAreas()))).append('\n')
			.append(view.marking());
		if (view.objectivesIfVisible() != null) {
			text.append("\n\n").append(view.objectivesIfVisible());
		}
		return text.toString();
	}

	private static void add(VEvent event, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			event.add(new XProperty(X + name, text(value)));
		}
	}

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u0085\\u2028\\u2029]");
	private static final Pattern OTHER_CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

	/**
	 * A text as iCalendar may carry it. The library escapes a line feed as {@code \n}, but would write any other
	 * control character as it is: a lone carriage return ends the content line for many readers (ours too), so that
	 * a name holding one could forge properties and events. Every kind of line break becomes a line feed (escaped
	 * as {@code \n}, read back as a line break), every other control character a space.
	 */
	static String text(String value) {
		var lines = LINE_BREAK.matcher(value).replaceAll("\n");
		return OTHER_CONTROL.matcher(lines).replaceAll(" ");
	}

	// ---- import

	/** The operations in the file, one per UID; an event without DTSTART rejects its operation. */
	static List<ParsedLine> read(String content, ImportDefaults defaults) {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(content));
		}
		catch (ParserException e) {
			throw InvalidInput.of("file", "not valid iCalendar: " + e.getMessage());
		}
		catch (IOException | RuntimeException e) {
			throw InvalidInput.of("file", "not readable as iCalendar: " + e.getMessage());
		}
		var groups = new LinkedHashMap<String, List<VEvent>>();
		var lines = new ArrayList<ParsedLine>();
		int index = 0;
		for (CalendarComponent component : calendar.getComponents()) {
			if (!(component instanceof VEvent event)) {
				continue;
			}
			index++;
			var uid = event.getUid().map(Uid::getValue).filter(value -> !value.isBlank());
			if (uid.isEmpty()) {
				lines.add(ParsedLine.unreadable("event " + index, text(event, Property.SUMMARY).orElse(null),
						List.of("UID: required, it identifies the operation when the file is imported again")));
				continue;
			}
			groups.computeIfAbsent(operationKey(uid.get()), key -> new ArrayList<>()).add(event);
		}
		if (index == 0) {
			throw InvalidInput.of("file", "the calendar holds no event (VEVENT)");
		}
		groups.forEach((key, events) -> lines.add(operation(key, events, defaults)));
		return lines;
	}

	/** Our own UIDs name the operation and its phase; any other UID is one operation by itself. */
	static String operationKey(String uid) {
		var matcher = OUR_UID.matcher(uid.strip());
		return matcher.matches() ? matcher.group(1) : uid.strip();
	}

	private static ParsedLine operation(String key, List<VEvent> events, ImportDefaults defaults) {
		var ref = "UID " + key;
		var first = events.get(0);
		var name = x(first, "NAME").or(() -> text(first, Property.SUMMARY)).orElse(null);
		var problems = new ArrayList<String>();
		var phases = new ArrayList<Phase>();
		for (var event : events) {
			phase(event, problems).ifPresent(phases::add);
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
		if (!problems.isEmpty()) {
			return ParsedLine.unreadable(ref, name, problems);
		}
		var riskAreas = riskAreas(first, defaults);
		try {
			return ParsedLine.read(ref, new OperationPlan(name, type, defaults.organiser(x(first, "ORGANISER").orElse(null)),
					x(first, "LEAD-COUNTRY").orElse(null), PlanFields.codes(x(first, "PARTICIPANTS").orElse(null)),
					PlanFields.codes(x(first, "PARTNERS").orElse(null)), competence, domain,
					x(first, "CONTACT").orElse(null), key, riskAreas.isEmpty() ? defaults.riskAreas() : riskAreas,
					PlanFields.codes(x(first, "TRANSPORT-MODES").orElse(null)),
					PlanFields.codes(x(first, "LOCATIONS").orElse(null)), phases, objectives(first)));
		}
		catch (IllegalArgumentException e) {
			return ParsedLine.unreadable(ref, name, List.of(e.getMessage()));
		}
	}

	private static Optional<Phase> phase(VEvent event, List<String> problems) {
		var uid = event.getUid().map(Uid::getValue).orElse("?");
		Optional<LocalDate> start = event.getStartDate().map(dt -> day(dt.getDate()));
		if (start.isEmpty()) {
			problems.add("event " + uid + ": DTSTART is missing");
			return Optional.empty();
		}
		Optional<LocalDate> endExclusive = event.getEndDate(false).map(dt -> day(dt.getDate()));
		// A DTEND is exclusive; an event without one (or ending on its start day) lasts its start day.
		var end = endExclusive.filter(day -> day.isAfter(start.get())).map(day -> day.minusDays(1)).orElse(start.get());
		try {
			return Optional.of(new Phase(start.get(), end));
		}
		catch (IllegalArgumentException e) {
			problems.add("event " + uid + ": " + e.getMessage());
			return Optional.empty();
		}
	}

	private static LocalDate day(Temporal temporal) {
		if (temporal instanceof LocalDate date) {
			return date;
		}
		if (temporal instanceof LocalDateTime dateTime) {
			return dateTime.toLocalDate();
		}
		if (temporal instanceof ZonedDateTime zoned) {
			return zoned.toLocalDate();
		}
		if (temporal instanceof OffsetDateTime offset) {
			return offset.toLocalDate();
		}
		if (temporal instanceof Instant instant) {
			return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.from(temporal);
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

	private static Optional<String> x(VEvent event, String name) {
		return text(event, X + name);
	}

	private static Optional<String> text(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).filter(value -> !value.isBlank());
	}
}
