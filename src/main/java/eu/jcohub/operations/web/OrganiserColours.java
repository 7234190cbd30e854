package eu.jcohub.operations.web;

import eu.jcohub.operations.OperationPlan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * of each, but a calendar year holds more organisers than that (the demo: 36 in a year, at most 17 in a month
 * view), and most pairs of them are active in some common month. So colour cannot be an organiser's identity:
 * every bar, legend entry and row also carries the organiser's letter code, which is. What colour must do is
 * separate the organisers a planner sees side by side, and stay put while the planner pages through the months.
 * A fixed colour per organisation (by its rank in the reference list) stays put but lets organisers that run at
 * the same time share a colour; a fresh colour per screen never collides but changes from one month to the next.
 * So there are two steps:
 * <ol>
 * <li>Each organiser has a colour for the calendar year ({@link #forYear}), chosen like colouring a map: organisers
 * active in a common month (a month view also shows up to a week of the months around it) are neighbours, the
 * organiser whose neighbours already hold the most colours chooses next, and it takes the colour it shares the
 * fewest months with. Where a year has more organisers than colours, the ones that meet least share.</li>
 * <li>A screen (a month, a quarter) keeps those colours, except where two organisers on it share one: then the
 * busier organiser of the year keeps it and the other takes a colour nobody on the screen has
 * ({@link #onScreen}). No two organisers on one screen share a colour while there are colours left.</li>
 * </ol>
 * Ties go by code, so the same calendar gives the same colours to everyone, whatever they filter.
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
	/** How many months of the year each organiser is active in: the busier keeps its colour on a screen. */
	private final Map<String, Integer> activity;

	private OrganiserColours(Map<String, Swatch> swatches, Map<String, Integer> activity) {
		this.swatches = Map.copyOf(swatches);
		this.activity = Map.copyOf(activity);
	}

	/** The colours of a calendar year, from the operations that run in it or within a week of it. */
	public static OrganiserColours forYear(int year, Collection<OperationPlan> plans) {
		var months = activeMonths(plans, LocalDate.of(year, 1, 1).minusDays(MONTH_VIEW_MARGIN_DAYS),
				LocalDate.of(year, 12, 31).plusDays(MONTH_VIEW_MARGIN_DAYS));
		var shared = sharedMonths(months);
		var chosen = new LinkedHashMap<String, Swatch>();
		var open = new TreeSet<>(months.keySet());
		while (!open.isEmpty()) {
			var next = open.stream()
				.max(Comparator.<String>comparingInt(o -> saturation(shared.get(o).keySet(), chosen))
					.thenComparingInt(o -> shared.get(o).size())
					.thenComparing(Comparator.<String>reverseOrder()))
				.orElseThrow();
			chosen.put(next, leastShared(shared.get(next), chosen));
			open.remove(next);
		}
		var activity = new HashMap<String, Integer>();
		months.forEach((organiser, active) -> activity.put(organiser, active.size()));
		return new OrganiserColours(chosen, activity);
	}

	/**
	 * The colours for a screen showing {@code plans} between the two days: the year's colours, except that no two
	 * organisers on the screen share one while the palette has colours left.
	 */
	public OrganiserColours onScreen(Collection<OperationPlan> plans, LocalDate from, LocalDate to) {
		var shown = new TreeSet<String>();
		plans.forEach(plan -> plan.phases().stream()
			.filter(phase -> !phase.start().isAfter(to) && !phase.end().isBefore(from))
			.findAny().ifPresent(phase -> shown.add(plan.organiser())));
		var order = shown.stream()
			.sorted(Comparator.<String>comparingInt(o -> -activity.getOrDefault(o, 0)).thenComparing(o -> o))
			.toList();
		var onScreen = new LinkedHashMap<>(swatches);
		var used = new HashSet<Swatch>();
		for (var organiser : order) {
			var own = swatches.get(organiser);
			var swatch = own != null && !used.contains(own) ? own
					: PALETTE.stream().filter(s -> !used.contains(s)).findFirst().orElse(own == null ? PALETTE.get(0) : own);
			onScreen.put(organiser, swatch);
			used.add(swatch);
		}
		return new OrganiserColours(onScreen, activity);
	}

	/** The organiser's swatch; one without operations in the period gets the first. */
	public Swatch of(String organiser) {
		return swatches.getOrDefault(organiser, PALETTE.get(0));
	}

	public Map<String, Swatch> all() {
		return swatches;
	}

	/** How many different swatches the organiser's neighbours already have. */
	private static int saturation(Set<String> neighbours, Map<String, Swatch> chosen) {
		return (int) neighbours.stream().map(chosen::get).filter(s -> s != null).distinct().count();
	}

	/** The first swatch that the fewest common months would show next to a neighbour's (none, if one is free). */
	private static Swatch leastShared(Map<String, Integer> sharedWith, Map<String, Swatch> chosen) {
		var clashes = new HashMap<Swatch, Integer>();
		sharedWith.forEach((neighbour, months) -> {
			var swatch = chosen.get(neighbour);
			if (swatch != null) {
				clashes.merge(swatch, months, Integer::sum);
			}
		});
		var best = PALETTE.get(0);
		for (var swatch : PALETTE) {
			if (clashes.getOrDefault(swatch, 0) < clashes.getOrDefault(best, 0)) {
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

	/** For each organiser, the organisers it shares active months with, and how many. */
	private static Map<String, Map<String, Integer>> sharedMonths(Map<String, Set<YearMonth>> months) {
		var byMonth = new HashMap<YearMonth, Set<String>>();
		months.forEach((organiser, active) -> active
			.forEach(month -> byMonth.computeIfAbsent(month, m -> new TreeSet<>()).add(organiser)));
		var shared = new HashMap<String, Map<String, Integer>>();
		months.forEach((organiser, active) -> {
			var counts = new TreeMap<String, Integer>();
			active.forEach(month -> byMonth.get(month).forEach(other -> counts.merge(other, 1, Integer::sum)));
			counts.remove(organiser);
			shared.put(organiser, counts);
		});
		return shared;
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
