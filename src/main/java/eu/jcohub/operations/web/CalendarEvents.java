package eu.jcohub.operations.web;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.web.OrganiserColours.Swatch;
import eu.jcohub.shared.web.Dates;
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

	private final OperationRegister register;
	private final FormOptions options;
	private final CalendarColours colours;
	private final Dates dates;
	private final org.springframework.context.MessageSource messages;

	CalendarEvents(OperationRegister register, FormOptions options, CalendarColours colours, Dates dates,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.register = register;
		this.options = options;
		this.colours = colours;
		this.dates = dates;
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
		var views = register.list(filters.between(from, to));
		var palette = colours.onScreen(from, to, views.stream().map(OperationView::plan).toList());
		var events = new ArrayList<CalendarEvent>();
		for (var view : views) {
			events.addAll(eventsOf(view, palette.of(view.plan().organiser())));
		}
		return events;
	}

	private List<CalendarEvent> eventsOf(OperationView view, Swatch swatch) {
		var plan = view.plan();
		var phases = plan.phases();
		var organiser = options.organisation(plan.organiser());
		// Marked where the reader may see that nothing says who takes part, where or how (only then is it true).
		var title = view.detailsVisible() && plan.needsCompleting() && !view.status().isFinal()
				? messages.getMessage("calendar.toComplete", new Object[] { plan.name() },
						org.springframework.context.i18n.LocaleContextHolder.getLocale())
				: plan.name();
		return IntStream.range(0, phases.size())
			.mapToObj(i -> event(view, title, phases.get(i), i + 1, swatch, new Properties(plan.organiser(),
					organiser.name(), organiser.abbreviation(), !view.planVisible(), phases.size(),
					dates.range(phases.get(i).start(), phases.get(i).end()))))
			.toList();
	}

	private static CalendarEvent event(OperationView view, String title, Phase phase, int number, Swatch swatch,
			Properties properties) {
		return new CalendarEvent(view.id() + "-" + number, title, phase.start(), phase.end().plusDays(1),
				true, "/operations/" + view.id(), swatch.background(), swatch.border(), swatch.text(),
				swatch.light() ? List.of("hub-ev-light") : List.of(), view.id().toString(), number, properties);
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
			String backgroundColor, String borderColor, String textColor, List<String> classNames, String groupId,
			int phase, Properties extendedProps) {
	}

	/**
	 * What the calendar shows besides the title: the organiser's name and letter code, and the phase's dates
	 * written as on every other page.
	 */
	record Properties(String organiser, String organiserName, String organiserCode, boolean calendarEntryOnly,
			int phases, String dates) {
	}
}
