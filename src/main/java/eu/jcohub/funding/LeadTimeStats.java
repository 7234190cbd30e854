package eu.jcohub.funding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long a programme takes to decide: its typical lead time as the catalogue says, and from the history of past
 * grants the median and the 80th percentile (nearest rank: four in five past decisions came within it).
 *
 * @param decisions the number of past grants measured
 */
public record LeadTimeStats(String programme, String name, int typicalDays, int decisions, @Nullable Double medianDays,
		@Nullable Long percentile80Days, List<Long> history) {

	/** Below this many past grants the history says too little and the typical lead time alone counts. */
	public static final int ENOUGH_HISTORY = 3;

	public LeadTimeStats {
		history = List.copyOf(history);
	}

	public static LeadTimeStats of(Programme programme, List<Long> days) {
		var sorted = new ArrayList<>(days);
		Collections.sort(sorted);
		int n = sorted.size();
		Double median = n == 0 ? null
				: n % 2 == 1 ? (double) sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
		Long p80 = n == 0 ? null : sorted.get((int) Math.ceil(0.8 * n) - 1);
		return new LeadTimeStats(programme.code(), programme.name(), programme.typicalLeadDays(), n, median, p80, sorted);
	}

	/**
	 * The days to count on: the longer of the typical lead time and, with enough history, its 80th percentile.
	 */
	public int expectedDays() {
		if (percentile80Days == null || decisions < ENOUGH_HISTORY) {
			return typicalDays;
		}
		return (int) Math.max(typicalDays, percentile80Days);
	}
}
