package eu.jcohub.demo;

import eu.jcohub.operations.OperationPlan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A calendar of many years with the demo's own mix of operations, for benchmarks: the demo's generator
 * ({@link DemoPlans}) run again and again for days spread over the years, each run giving the year and a half
 * around its day — full-scale, regional, joint police-customs, other bodies' and national operations, with
 * their participants, risk areas, modes and places — until the calendar holds the operations asked for.
 * Lives beside the demo, in the benchmark sources, because the generator is the demo's own business.
 */
public final class DemoCalendar {

	/** One operation of the calendar: its plan, and a name made unique across the runs. */
	public record Entry(String name, OperationPlan plan) {
	}

	private DemoCalendar() {
	}

	/** {@code count} operations between {@code first} and {@code last}; the same seed gives the same calendar. */
	public static List<Entry> between(LocalDate first, LocalDate last, int count, long seed) {
		// A run covers the DAYS_BACK days before its day and the DAYS_AHEAD after; about 200 operations each.
		var perRun = DemoPlans.generate(first.plusDays(DemoPlans.DAYS_BACK), new Random(seed)).size();
		int runs = Math.max(1, (count + perRun - 1) / perRun);
		long firstDay = DemoPlans.DAYS_BACK;
		long lastDay = ChronoUnit.DAYS.between(first, last) - DemoPlans.DAYS_AHEAD;
		var entries = new ArrayList<Entry>(runs * perRun);
		for (int run = 0; run < runs; run++) {
			long day = runs == 1 ? firstDay : firstDay + (lastDay - firstDay) * run / (runs - 1);
			var today = first.plusDays(day);
			for (var operation : DemoPlans.generate(today, new Random(seed + run))) {
				var plan = operation.plan();
				entries.add(new Entry(plan.name() + " " + today.getYear() + "/" + (run + 1), plan));
			}
		}
		Collections.shuffle(entries, new Random(seed));
		return List.copyOf(entries.subList(0, Math.min(count, entries.size())));
	}
}
