package eu.jcohub.operations.web;

import eu.jcohub.operations.OperationPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which colour stands for which organiser in the calendar and the lists.
 * <p>
 * Why it is done this way: about a dozen hues can be told apart at AA contrast, twice as many with a light tint
 * of each, but a calendar year holds more organisers than that (the demo: 36 in a year, at most 17 in one month).
 * So colour cannot be the organiser's identity: every event and legend entry also carries the organiser's letter
 * code, which is. What colour must do is separate the organisers a planner sees side by side, and stay put while
 * the planner pages through the months. A fixed colour per organisation (by its rank in the reference list) stays
 * put but lets organisers that run at the same time share a colour. A colour per screen never collides but
 * changes from one month to the next. This assignment keeps one colour per organiser for a whole calendar year
 * and gives different colours to organisers that are active in the same month: the organisers of a year are
 * coloured like a map, where "neighbours" are organisers active in a common month (a month view also shows a
 * week of the months around it). Organisers with the most neighbours choose first; ties go by code, so the same
 * calendar gives the same colours to everyone, whatever they filter.
 */
public final class OrganiserColours {

	/** A background and the text and border drawn on it; every text/background pair meets WCAG AA (4.5:1). */
	public record Swatch(String background, String text, String border, boolean light) {
	}

	/** Days a month view shows of the months before and after. */
	static final int MONTH_VIEW_MARGIN_DAYS = 7;

	/**
	 * Twelve dark hues with white text, then a light tint of each with the dark hue as text and border (drawn
	 * with a thick left edge, so that light and dark bars differ in shape too). Neighbouring entries differ most.
	 */
	public static final List<Swatch> PALETTE = List.of(dark("#1f4e9e"), dark("#a63d00"), dark("#2d6a1f"),
			dark("#6b2d8c"), dark("#b3122e"), dark("#00665e"), dark("#7b4a12"), dark("#3b3fa6"), dark("#a0155f"),
			dark("#5c5a00"), dark("#44546a"), dark("#006b8f"), light("#cfe0fb", "#1f4e9e"), light("#ffd6bd", "#a63d00"),
			light("#d3efc4", "#2d6a1f"), light("#e6d5f2", "#6b2d8c"), light("#fbd0d6", "#b3122e"),
			light("#c4ece6", "#00665e"), light("#f1dcc2", "#7b4a12"), light("#d6d8f7", "#3b3fa6"),
			light("#f7cde6", "#a0155f"), light("#efedb0", "#5c5a00"), light("#dde3ea", "#44546a"),
			light("#c8e9f5", "#006b8f"));

	private final Map<String, Swatch> swatches;

	private OrganiserColours(Map<String, Swatch> swatches) {
		this.swatches = Map.copyOf(swatches);
	}

	/** The colours of a calendar year, from the operations that run in it or within a week of it. */
	public static OrganiserColours forYear(int year, Collection<OperationPlan> plans) {
		return new OrganiserColours(Map.of()).with(plans, LocalDate.of(year, 1, 1).minusDays(MONTH_VIEW_MARGIN_DAYS),
				LocalDate.of(year, 12, 31).plusDays(MONTH_VIEW_MARGIN_DAYS));
	}

	/**
	 * These colours, and colours for the organisers of {@code plans} that have none yet (a period reaching into
	 * the next year), chosen around the ones already given, which keep theirs.
	 */
	public OrganiserColours with(Collection<OperationPlan> plans, LocalDate from, LocalDate to) {
		var months = activeMonths(plans, from, to);
		var chosen = new LinkedHashMap<>(swatches);
		var neighbours = neighbours(months);
		months.keySet().stream().filter(organiser -> !chosen.containsKey(organiser))
			.sorted(Comparator.<String>comparingInt(organiser -> -neighbours.get(organiser).size())
				.thenComparing(Comparator.naturalOrder()))
			.forEach(organiser -> chosen.put(organiser, choose(neighbours.get(organiser), chosen)));
		return new OrganiserColours(chosen);
	}

	/** The organiser's swatch; one without operations in the period gets the first. */
	public Swatch of(String organiser) {
		return swatches.getOrDefault(organiser, PALETTE.get(0));
	}

	public Map<String, Swatch> all() {
		return swatches;
	}

	/** The first swatch no neighbour has; when every one is taken, the one fewest neighbours have. */
	private static Swatch choose(Set<String> neighbours, Map<String, Swatch> chosen) {
		var taken = new HashMap<Swatch, Integer>();
		neighbours.stream().map(chosen::get).filter(s -> s != null).forEach(s -> taken.merge(s, 1, Integer::sum));
		var best = PALETTE.get(0);
		for (var swatch : PALETTE) {
			if (taken.getOrDefault(swatch, 0) < taken.getOrDefault(best, 0)) {
				best = swatch;
			}
		}
		return best;
	}

	/** The months (with a week's margin either side) in which each organiser has a phase, within the period. */
	private static Map<String, Set<YearMonth>> activeMonths(Collection<OperationPlan> plans, LocalDate from,
			LocalDate to) {
		var months = new TreeMap<String, Set<YearMonth>>();
		for (var plan : plans) {
			for (var phase : plan.phases()) {
				var start = max(phase.start().minusDays(MONTH_VIEW_MARGIN_DAYS), from);
				var end = min(phase.end().plusDays(MONTH_VIEW_MARGIN_DAYS), to);
				for (var month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
					months.computeIfAbsent(plan.organiser(), organiser -> new TreeSet<>()).add(month);
				}
			}
		}
		return months;
	}

	private static Map<String, Set<String>> neighbours(Map<String, Set<YearMonth>> months) {
		var byMonth = new HashMap<YearMonth, Set<String>>();
		months.forEach((organiser, active) -> active
			.forEach(month -> byMonth.computeIfAbsent(month, m -> new TreeSet<>()).add(organiser)));
		var neighbours = new HashMap<String, Set<String>>();
		months.forEach((organiser, active) -> {
			var around = new TreeSet<String>();
			active.forEach(month -> around.addAll(byMonth.get(month)));
			around.remove(organiser);
			neighbours.put(organiser, around);
		});
		return neighbours;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static Swatch dark(String background) {
		return new Swatch(background, "#ffffff", background, false);
	}

	private static Swatch light(String background, String hue) {
		return new Swatch(background, hue, hue, true);
	}
}
