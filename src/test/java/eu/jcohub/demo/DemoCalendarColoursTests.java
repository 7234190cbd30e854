package eu.jcohub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.web.OrganiserColours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's calendar as a planner pages through it: in every month view, no two organisers on screen share a
 * colour, and nearly all keep the colour they have all year.
 */
class DemoCalendarColoursTests {

	/** The demo is dated from its first start: try a few. */
	@ParameterizedTest
	@ValueSource(strings = { "2026-11-30", "2027-03-10", "2028-06-15" })
	void noTwoOrganisersInAMonthViewShareAColourAndNearlyAllKeepTheirYearsColour(LocalDate firstStart) {
		var plans = DemoPlans.generate(firstStart, new Random(DemoData.SEED)).stream().map(DemoOperation::plan).toList();
		var collisions = new ArrayList<String>();
		int busiest = 0;
		long screens = 0;
		long changed = 0;
		for (int year = firstStart.getYear() - 1; year <= firstStart.getYear() + 1; year++) {
			var colours = OrganiserColours.forYear(year, plans);
			for (int month = 1; month <= 12; month++) {
				var grid = grid(YearMonth.of(year, month));
				var shown = organisersShown(plans, grid);
				var screen = colours.onScreen(plans, grid.get(0), grid.get(1));
				busiest = Math.max(busiest, shown.size());
				var swatches = shown.stream().map(screen::of).collect(Collectors.toSet());
				screens += shown.size();
				changed += shown.stream().filter(o -> !screen.of(o).equals(colours.of(o))).count();
				if (swatches.size() < shown.size()) {
					collisions.add(YearMonth.of(year, month) + ": " + shown.stream()
						.map(o -> o + "=" + screen.of(o).background()).toList());
				}
			}
		}
		assertThat(busiest).as("organisers in the busiest month view").isGreaterThan(12);
		assertThat(collisions).isEmpty();
		// The year's colour holds on almost every screen, so that paging through the months keeps them.
		assertThat(changed).as("organisers on a month screen in another colour than the year's, of " + screens)
			.isLessThanOrEqualTo(screens / 20);
	}

	/** The month's grid: whole weeks, Monday to Sunday, as many as the month touches. */
	private static List<LocalDate> grid(YearMonth month) {
		return List.of(month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
				month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
	}

	private static TreeSet<String> organisersShown(List<OperationPlan> plans, List<LocalDate> grid) {
		var from = grid.get(0);
		var to = grid.get(1);
		var shown = new TreeSet<String>();
		for (var plan : plans) {
			if (plan.phases().stream().anyMatch(p -> !p.start().isAfter(to) && !p.end().isBefore(from))) {
				shown.add(plan.organiser());
			}
		}
		return shown;
	}
}
