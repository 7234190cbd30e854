package eu.jcohub.coordination.internal;

import eu.jcohub.coordination.DropWarning;
import eu.jcohub.coordination.Statistics;
import eu.jcohub.coordination.Statistics.Line;
import eu.jcohub.coordination.Statistics.ProfileLine;
import eu.jcohub.coordination.Statistics.QuantityLine;
import eu.jcohub.coordination.internal.Tallies.PhaseTally;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.Dates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns an operation's tallies into its figures, in words for the reader: the whole picture, or one phase's for the
 * review. Reads no report; decides no access (the facade does).
 */
@Component
public class Figures {

	private final Tallies tallies;
	private final PhasesAndProfiles plans;
	private final ReferenceData reference;
	private final MessageSource messages;
	private final Dates dates;
	private final CoordinationSettings settings;
	private final Clock clock;

	Figures(Tallies tallies, PhasesAndProfiles plans, ReferenceData reference, MessageSource messages, Dates dates,
			CoordinationSettings settings, Clock clock) {
		this.tallies = tallies;
		this.plans = plans;
		this.reference = reference;
		this.messages = messages;
		this.dates = dates;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The live picture: every phase, drop warnings seen from yesterday, the last complete day (today's few morning
	 * reports would look like a drop at every place).
	 */
	public Statistics of(OperationId operationId) {
		return build(operationId, phase -> true, LocalDate.now(clock).minusDays(1));
	}

	/** One phase's figures, drop warnings seen from its last reported day. */
	public Statistics ofPhase(OperationId operationId, int phase) {
		return build(operationId, p -> p == phase, null);
	}

	private Statistics build(OperationId operationId, Predicate<Integer> phases, @Nullable LocalDate until) {
		var locale = LocaleContextHolder.getLocale();
		var rows = tallies.of(operationId).stream().filter(row -> phases.test(row.phase())).toList();
		var summed = new EnumMap<Dimension, Map<String, Tally>>(Dimension.class);
		for (var row : rows) {
			summed.computeIfAbsent(row.tally().dimension(), d -> new HashMap<>())
				.merge(row.tally().key(), row.tally(), Tally::plus);
		}
		Function<Dimension, List<Tally>> of = d -> List.copyOf(summed.getOrDefault(d, Map.of()).values());
		var total = of.apply(Dimension.TOTAL).stream().findFirst()
			.orElse(new Tally(Dimension.TOTAL, "", 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
		var perPhase = perPhase(rows, locale);
		var days = sortedBy(of.apply(Dimension.DAY), Tally::key);
		var lastDay = days.isEmpty() ? null : LocalDate.parse(days.get(days.size() - 1).key());
		var from = until != null ? until : lastDay;
		return new Statistics(operationId, total.controls() + total.seizures(), line(total, "", 0, 0),
				lines(days, key -> dates.day(LocalDate.parse(key), locale)),
				lines(byFigures(of.apply(Dimension.ADMINISTRATION)), reference::organisationName),
				lines(byFigures(of.apply(Dimension.LOCATION)), this::locationName),
				lines(byFigures(of.apply(Dimension.RISK_AREA)), reference::riskAreaName),
				lines(byFigures(of.apply(Dimension.TRANSPORT_MODE)), this::modeName), perPhase,
				profiles(of.apply(Dimension.PROFILE)), quantities(of.apply(Dimension.UNIT), locale),
				from == null ? List.of() : drops(of.apply(Dimension.LOCATION_DAY), of.apply(Dimension.LOCATION_MODE), from),
				clock.instant());
	}

	private List<Line> perPhase(List<PhaseTally> rows, Locale locale) {
		var totals = new java.util.TreeMap<Integer, Tally>();
		rows.stream().filter(row -> row.tally().dimension() == Dimension.TOTAL)
			.forEach(row -> totals.merge(row.phase(), row.tally(), Tally::plus));
		var phases = totals.entrySet().stream()
			.map(entry -> new Tally(Dimension.TOTAL, String.valueOf(entry.getKey()), entry.getValue().controls(),
					entry.getValue().controlled(), entry.getValue().seizures(), entry.getValue().infringements(),
					entry.getValue().quantity(), entry.getValue().valueEur(), entry.getValue().dutiesEur()))
			.toList();
		// Phase 0 holds seizures reported before the operation had phases.
		return lines(phases, key -> "0".equals(key) ? messages.getMessage("coordination.phase.none", null, locale)
				: messages.getMessage("coordination.phase", new Object[] { key }, locale));
	}

	private List<Line> lines(List<Tally> tallies, Function<String, String> label) {
		long maxControls = tallies.stream().mapToLong(Tally::controls).max().orElse(0);
		long maxSeizures = tallies.stream().mapToLong(Tally::seizures).max().orElse(0);
		return tallies.stream().map(t -> line(t, label.apply(t.key()), maxControls, maxSeizures)).toList();
	}

	private static Line line(Tally t, String label, long maxControls, long maxSeizures) {
		return new Line(t.key(), label, t.controls(), t.controlled(), t.seizures(), t.infringements(), t.valueEur(),
				t.dutiesEur(), hitRate(t.seizures(), t.controls()), share(t.controls(), maxControls),
				share(t.seizures(), maxSeizures));
	}

	private List<ProfileLine> profiles(List<Tally> tallies) {
		return byFigures(tallies).stream().map(t -> {
			var rate = hitRate(t.seizures(), t.controls());
			return new ProfileLine(t.key(), plans.nameOf(UUID.fromString(t.key())).orElse(t.key()), t.controls(),
					t.seizures(), rate, rate == null ? 0 : Math.min(100, rate.movePointRight(2).intValue()));
		}).toList();
	}

	private List<QuantityLine> quantities(List<Tally> tallies, Locale locale) {
		return sortedBy(tallies, Tally::key).stream()
			.map(t -> new QuantityLine(t.key(), messages.getMessage("coordination.unit." + t.key(), null, t.key(), locale),
					t.quantity(), t.seizures()))
			.toList();
	}

	/** The drop warnings of every place, seen from {@code until}, with the parameters of the place's transport mode. */
	List<DropWarning> drops(List<Tally> locationDays, List<Tally> locationModes, LocalDate until) {
		var days = new HashMap<String, Map<LocalDate, DropRule.DayCount>>();
		for (var t : locationDays) {
			var parts = Tallies.parts(t.key());
			days.computeIfAbsent(parts[0], k -> new HashMap<>())
				.put(LocalDate.parse(parts[1]), new DropRule.DayCount(t.controls(), t.seizures()));
		}
		var modes = usualModes(locationModes);
		var warnings = new ArrayList<DropWarning>();
		days.keySet().stream().sorted().forEach(location -> {
			var mode = modes.get(location);
			DropRule.check(days.get(location), until, parameters(mode)).ifPresent(drop -> warnings.add(
					new DropWarning(location, locationName(location), mode == null ? "" : modeName(mode),
							drop.firstDay(), drop.recentFrom(), drop.baselineSeizuresPerDay(),
							drop.recentSeizuresPerDay(), drop.baselineControlsPerDay(), drop.recentControlsPerDay())));
		});
		return warnings;
	}

	/** The transport mode most reports at each place named. */
	private static Map<String, String> usualModes(List<Tally> locationModes) {
		var best = new HashMap<String, Tally>();
		for (var t : locationModes) {
			var location = Tallies.parts(t.key())[0];
			best.merge(location, t, (a, b) -> count(b) > count(a) || (count(b) == count(a) && b.key().compareTo(a.key()) < 0)
					? b : a);
		}
		var modes = new LinkedHashMap<String, String>();
		best.forEach((location, t) -> modes.put(location, Tallies.parts(t.key())[1]));
		return modes;
	}

	/** A mode's own parameters, else its broader mode's, else the defaults. */
	DropRule.Parameters parameters(@Nullable String mode) {
		var configured = settings.drop().modes();
		if (mode == null) {
			return settings.drop().defaults();
		}
		return find(configured, mode)
			.or(() -> reference.transportMode(mode).map(Category::parent).flatMap(parent -> find(configured, parent)))
			.orElse(settings.drop().defaults());
	}

	private static Optional<DropRule.Parameters> find(Map<String, DropRule.Parameters> configured, String mode) {
		return configured.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(mode))
			.map(Map.Entry::getValue).findFirst();
	}

	private String locationName(String code) {
		return reference.locationName(code);
	}

	private String modeName(String code) {
		return reference.transportMode(code).map(Category::name).orElse(code);
	}

	private static long count(Tally t) {
		return t.controls() + t.seizures();
	}

	private static List<Tally> byFigures(List<Tally> tallies) {
		return tallies.stream()
			.sorted(Comparator.comparingLong((Tally t) -> -(t.controls() + t.seizures())).thenComparing(Tally::key))
			.toList();
	}

	private static List<Tally> sortedBy(List<Tally> tallies, Function<Tally, String> key) {
		return tallies.stream().sorted(Comparator.comparing(key)).toList();
	}

	static @Nullable BigDecimal hitRate(long seizures, long controls) {
		return controls == 0 ? null : BigDecimal.valueOf(seizures).divide(BigDecimal.valueOf(controls), 3, RoundingMode.HALF_UP);
	}

	private static int share(long value, long max) {
		return max == 0 ? 0 : (int) Math.round(100.0 * value / max);
	}
}
