package eu.jcohub.planning;

import eu.jcohub.operations.Phase;
import java.time.LocalDate;
import java.util.List;

/**
 * When a task is due, counted from a day of the operation: {@code -3 MONTHS} from the first operational day, {@code
 * 5 WEEKS} after the last. Months are calendar months: counted back from 31 March they end on the last day of
 * February (the 29th in a leap year); days and weeks are exact.
 *
 * @param amount how many units; negative before the anchor day, positive after it
 */
public record Deadline(int amount, Unit unit, Anchor anchor) {

	public Deadline {
		if (Math.abs(amount) > 1000) {
			throw new IllegalArgumentException("a deadline lies at most 1000 units from its day: " + amount);
		}
	}

	public enum Unit { DAYS, WEEKS, MONTHS }

	/** The day counted from: the first operational day, the first day of the second phase, the last operational day. */
	public enum Anchor { FIRST_DAY, SECOND_PHASE, LAST_DAY }

	/** The day due for an operation of these phases (a single-phase operation's second phase is its first). */
	public LocalDate dueFor(List<Phase> phases) {
		var day = switch (anchor) {
			case FIRST_DAY -> phases.get(0).start();
			case SECOND_PHASE -> phases.get(Math.min(1, phases.size() - 1)).start();
			case LAST_DAY -> phases.get(phases.size() - 1).end();
		};
		return switch (unit) {
			case DAYS -> day.plusDays(amount);
			case WEEKS -> day.plusWeeks(amount);
			case MONTHS -> day.plusMonths(amount);
		};
	}
}
