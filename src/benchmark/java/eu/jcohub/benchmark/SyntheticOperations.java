package eu.jcohub.benchmark;

import eu.jcohub.deconfliction.internal.IndexedOperation;
import eu.jcohub.deconfliction.internal.Vocabulary;
import eu.jcohub.demo.DemoCalendar;
import eu.jcohub.operations.OperationPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Seeded operations spread over ten years, in one of two shapes.
 * <ul>
 * <li>{@link Shape#DENSE}: synthetic operations shaped like real joint customs operations: mostly one phase of
 * 7–14 days, sometimes two phases with a break, rarely one long phase of 60–120 days; a few participating
 * countries (sometimes all 27), now and then partner organisations; risk areas with parents (cigarettes →
 * tobacco, cocaine → drugs); one or two transport modes; a few locations (ports, airports, border crossings,
 * each with its country as parent). Drawn from few codes, so that a calendar of a million is dense.</li>
 * <li>{@link Shape#DEMO_MIX}: the demo's own calendar ({@link DemoCalendar}), with its participants, partner
 * bodies, risk areas, modes and places, and the parents the reference data gives them.</li>
 * </ul>
 */
final class SyntheticOperations {

	enum Shape {
		DENSE("dense synthetic"), DEMO_MIX("the demo's mix");

		final String label;

		Shape(String label) {
			this.label = label;
		}
	}

	static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
	static final int SPAN_DAYS = (int) (LocalDate.of(2030, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());

	static final String[] COUNTRIES = { "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
			"IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE" };
	static final String[] PARTNERS = { "EUROPOL", "FRONTEX", "OLAF", "INTERPOL", "WCO", "MAOC-N" };
	/** Risk areas, parent in second place. */
	static final String[][] RISK_AREAS = { { "DRUGS", null }, { "TOBACCO", null }, { "CIGARETTES", "TOBACCO" },
			{ "RAW_TOBACCO", "TOBACCO" }, { "ALCOHOL", null }, { "COCAINE", "DRUGS" }, { "HEROIN", "DRUGS" },
			{ "CANNABIS", "DRUGS" }, { "SYNTHETIC_DRUGS", "DRUGS" }, { "COUNTERFEIT", null }, { "WEAPONS", null },
			{ "CASH", null } };
	static final String[] MODES = { "ROAD", "RAIL", "MARITIME", "AIR", "POSTAL" };
	/** Locations (UN/LOCODE-like), parent country in second place. */
	static final String[][] LOCATIONS = { { "NLRTM", "NL" }, { "BEANR", "BE" }, { "DEHAM", "DE" }, { "DEBRV", "DE" },
			{ "ESALG", "ES" }, { "ESVLC", "ES" }, { "GRPIR", "GR" }, { "FRLEH", "FR" }, { "FRCDG", "FR" },
			{ "ITGOA", "IT" }, { "ITGIT", "IT" }, { "PLGDN", "PL" }, { "PLTER", "PL" }, { "BGVAR", "BG" },
			{ "ROCND", "RO" }, { "LTKLJ", "LT" }, { "FIVAA", "FI" }, { "NLAMS", "NL" }, { "DEFRA", "DE" },
			{ "HUROS", "HU" }, { "SKVYN", "SK" }, { "SIKOP", "SI" }, { "PTSIE", "PT" }, { "IEDUB", "IE" } };

	/** One generated operation, in the codes the database holds. */
	record Op(UUID id, String name, String organiser, long version, int[] starts, int[] ends, List<String> countries,
			List<String> partners, List<String> riskAreas, List<String> modes, List<String> locations) {

		IndexedOperation indexed(Vocabulary vocabulary) {
			var parties = new TreeSet<String>(countries);
			parties.addAll(partners);
			return new IndexedOperation(new eu.jcohub.shared.OperationId(id), name, organiser, version, starts, ends, vocabulary.internAll(parties),
					vocabulary.internAll(riskAreas), vocabulary.internAll(modes), vocabulary.internAll(locations));
		}
	}

	private final Shape shape;
	private final Map<String, String> parents = new HashMap<>();
	private final Map<String, List<String>> children = new HashMap<>();

	SyntheticOperations(Shape shape) {
		this.shape = shape;
		if (shape == Shape.DEMO_MIX) {
			ReferenceCodes.parents().forEach(this::relate);
			return;
		}
		for (var risk : RISK_AREAS) {
			relate(risk[0], risk[1]);
		}
		for (var location : LOCATIONS) {
			relate(location[0], location[1]);
		}
	}

	Shape shape() {
		return shape;
	}

	private void relate(String code, String parent) {
		if (parent != null) {
			parents.put(code, parent);
			children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
		}
	}

	/** The vocabulary with every code, display name and parent relation. */
	Vocabulary vocabulary() {
		var vocabulary = new Vocabulary();
		if (shape == Shape.DEMO_MIX) {
			parents.forEach((code, parent) -> vocabulary.define(code, display(code), parent));
			return vocabulary;
		}
		for (var country : COUNTRIES) {
			vocabulary.define(country, country, null);
		}
		for (var partner : PARTNERS) {
			vocabulary.define(partner, partner, null);
		}
		for (var risk : RISK_AREAS) {
			vocabulary.define(risk[0], display(risk[0]), risk[1]);
		}
		for (var mode : MODES) {
			vocabulary.define(mode, display(mode), null);
		}
		for (var location : LOCATIONS) {
			vocabulary.define(location[0], "Location " + location[0], location[1]);
		}
		return vocabulary;
	}

	private static String display(String code) {
		var lower = code.replace('_', ' ').toLowerCase(java.util.Locale.ENGLISH);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/**
	 * The codes an SQL array overlap ({@code &&}) must look for so that it finds exactly the items that
	 * {@code ConflictScorer} counts as related: each code, its parent and its children (relations are one level).
	 */
	String[] related(List<String> codes) {
		var all = new LinkedHashSet<String>();
		for (var code : codes) {
			all.add(code);
			var parent = parents.get(code);
			if (parent != null) {
				all.add(parent);
			}
			all.addAll(children.getOrDefault(code, List.of()));
		}
		return all.toArray(String[]::new);
	}

	/** {@code count} operations; the same seed gives the same operations. */
	List<Op> generate(long seed, int count, String prefix) {
		var random = new Random(seed);
		if (shape == Shape.DEMO_MIX) {
			return DemoCalendar.between(FIRST_DAY, FIRST_DAY.plusDays(SPAN_DAYS), count, seed).stream()
				.map(entry -> fromPlan(new UUID(random.nextLong(), random.nextLong()), prefix + entry.name(), entry.plan()))
				.toList();
		}
		var ops = new ArrayList<Op>(count);
		for (int i = 0; i < count; i++) {
			ops.add(one(random, prefix + i));
		}
		return ops;
	}

	private Op one(Random random, String name) {
		var id = new UUID(random.nextLong(), random.nextLong());
		int first = (int) FIRST_DAY.toEpochDay();
		int[] starts;
		int[] ends;
		double shape = random.nextDouble();
		if (shape < 0.01) {
			int start = first + random.nextInt(SPAN_DAYS - 120);
			starts = new int[] { start };
			ends = new int[] { start + 59 + random.nextInt(61) };
		}
		else if (shape < 0.16) {
			int start = first + random.nextInt(SPAN_DAYS - 100);
			int end = start + 6 + random.nextInt(8);
			int second = end + 8 + random.nextInt(54);
			starts = new int[] { start, second };
			ends = new int[] { end, second + 6 + random.nextInt(8) };
		}
		else {
			int start = first + random.nextInt(SPAN_DAYS - 14);
			starts = new int[] { start };
			ends = new int[] { start + 6 + random.nextInt(8) };
		}
		var countries = pick(random, COUNTRIES, participantCount(random));
		var partners = random.nextDouble() < 0.3 ? pick(random, PARTNERS, 1 + random.nextInt(2)) : List.<String>of();
		var riskAreas = pick(random, column(RISK_AREAS), 1 + random.nextInt(random.nextDouble() < 0.8 ? 2 : 4));
		var modes = pick(random, MODES, random.nextDouble() < 0.7 ? 1 : 2 + random.nextInt(2));
		List<String> locations;
		double where = random.nextDouble();
		if (where < 0.35) {
			locations = List.of();
		}
		else if (where < 0.45) {
			locations = List.of(countries.get(0));
		}
		else {
			locations = pick(random, column(LOCATIONS), 1 + random.nextInt(3));
		}
		var organiser = random.nextDouble() < 0.15 ? PARTNERS[random.nextInt(PARTNERS.length)] : countries.get(0);
		return new Op(id, name, organiser, 1, starts, ends, countries, partners, riskAreas, modes, locations);
	}

	private static Op fromPlan(UUID id, String name, OperationPlan plan) {
		var starts = plan.phases().stream().mapToInt(phase -> (int) phase.start().toEpochDay()).toArray();
		var ends = plan.phases().stream().mapToInt(phase -> (int) phase.end().toEpochDay()).toArray();
		return new Op(id, name, plan.organiser(), 1, starts, ends, List.copyOf(plan.countriesTakingPart()),
				List.copyOf(new TreeSet<>(plan.partnerOrganisations())), List.copyOf(new TreeSet<>(plan.riskAreas())),
				List.copyOf(new TreeSet<>(plan.transportModes())), List.copyOf(new TreeSet<>(plan.locations())));
	}

	/** 2–27 countries, most operations having few: 60% 2–4, 25% 5–9, 12% 10–20, 3% 21–27. */
	private static int participantCount(Random random) {
		double r = random.nextDouble();
		if (r < 0.60) {
			return 2 + random.nextInt(3);
		}
		if (r < 0.85) {
			return 5 + random.nextInt(5);
		}
		if (r < 0.97) {
			return 10 + random.nextInt(11);
		}
		return 21 + random.nextInt(7);
	}

	private static String[] column(String[][] table) {
		return Arrays.stream(table).map(row -> row[0]).toArray(String[]::new);
	}

	private static List<String> pick(Random random, String[] from, int count) {
		var chosen = new LinkedHashSet<String>();
		while (chosen.size() < Math.min(count, from.length)) {
			chosen.add(from[random.nextInt(from.length)]);
		}
		return new ArrayList<>(chosen);
	}

	static Set<String> setOf(List<String> a) {
		return new TreeSet<>(a);
	}
}
