package eu.jcohub.operations.web;

import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Loads the organisers' colours for a page (see {@link OrganiserColours} for why they are chosen so): those of the
 * calendar year of the first month the page shows (a month view starts up to a week before its month), from every
 * calendar entry of that year whatever the page filters, so that an organiser keeps its colour when the filters
 * change and the list shows the colours of the calendar's month it starts in. Calendar entries are visible to
 * everyone, so the colours are the same for every user and reveal nothing.
 */
@Component
class CalendarColours {

	private final OperationRegister register;

	CalendarColours(OperationRegister register) {
		this.register = register;
	}

	/** The colours of the year the period starts in (its first month, for a month view starting a week early). */
	OrganiserColours ofYear(LocalDate from) {
		var margin = OrganiserColours.MONTH_VIEW_MARGIN_DAYS;
		var year = from.plusDays(margin).getYear();
		var entries = register.list(OperationFilter.between(LocalDate.of(year, 1, 1).minusDays(margin),
				LocalDate.of(year, 12, 31).plusDays(margin)));
		return OrganiserColours.forYear(year, entries.stream().map(OperationView::plan).toList());
	}

	/** The colours for a calendar screen: the year's, with no two organisers on the screen sharing one. */
	OrganiserColours onScreen(LocalDate from, LocalDate to, Collection<OperationPlan> shown) {
		return ofYear(from).onScreen(shown, from, to);
	}
}
