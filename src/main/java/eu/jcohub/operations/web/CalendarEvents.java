package eu.jcohub.operations.web;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar's events for FullCalendar, for the signed-in browser session: one event per operational phase
 * of every operation the filters match. Calendar entries are visible to everyone, so this never reveals details.
 */
@RestController
class CalendarEvents {

	/** Dark colours on which white text meets WCAG AA (contrast of at least 4.5:1). */
	private static final List<String> PALETTE = List.of("#0b5394", "#7a1f5c", "#1e6b3a", "#8a4b00", "#5b2a86",
			"#00646e", "#a31621", "#3d4f5c", "#6b5b00", "#2f5d1f", "#8e2c48", "#1f3f8f");

	private final OperationRegister register;
	private final FormOptions options;

	CalendarEvents(OperationRegister register, FormOptions options) {
		this.register = register;
		this.options = options;
	}

	/**
	 * FullCalendar asks for {@code [start, end)} as ISO date-times; only the dates count, and its exclusive end
	 * becomes the register's inclusive one.
	 */
	@GetMapping("/calendar/events")
	List<CalendarEvent> events(@RequestParam String start, @RequestParam String end,
			@ModelAttribute OperationFilterForm filters) {
		var from = dateOf(start);
		var to = dateOf(end).minusDays(1);
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("end must be after start");
		}
		var events = new ArrayList<CalendarEvent>();
		for (var view : register.list(filters.between(from, to))) {
			events.addAll(eventsOf(view));
		}
		return events;
	}

	/** The same colour for an organiser on every page and every day. */
	static String colourOf(String organiser) {
		return PALETTE.get(Math.floorMod(organiser.hashCode(), PALETTE.size()));
	}

	private List<CalendarEvent> eventsOf(OperationView view) {
		var plan = view.plan();
		var phases = plan.phases();
		var colour = colourOf(plan.organiser());
		var properties = new Properties(plan.organiser(), options.organisationName(plan.organiser()),
				!view.detailsVisible(), phases.size());
		return IntStream.range(0, phases.size())
			.mapToObj(i -> event(view, phases.get(i), i + 1, colour, properties))
			.toList();
	}

	private static CalendarEvent event(OperationView view, Phase phase, int number, String colour,
			Properties properties) {
		return new CalendarEvent(view.id() + "-" + number, view.plan().name(), phase.start(), phase.end().plusDays(1),
				true, "/operations/" + view.id(), colour, colour, "#ffffff", view.id().toString(), number, properties);
	}

	private static LocalDate dateOf(String isoDateTime) {
		var text = isoDateTime.strip();
		try {
			return LocalDate.parse(text.length() < 10 ? text : text.substring(0, 10));
		}
		catch (java.time.format.DateTimeParseException notADate) {
			throw new IllegalArgumentException("start and end must be dates such as 2025-03-31");
		}
	}

	/** An event as FullCalendar reads it; {@code end} is exclusive. */
	record CalendarEvent(String id, String title, LocalDate start, LocalDate end, boolean allDay, String url,
			String backgroundColor, String borderColor, String textColor, String groupId, int phase,
			Properties extendedProps) {
	}

	record Properties(String organiser, String organiserName, boolean calendarEntryOnly, int phases) {
	}
}
