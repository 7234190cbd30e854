package eu.jcohub.followup.pack;

import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Validated reports added up: control reports and what they covered, seizures and the infringements found, their
 * value and duties. A hit is a seizure or a control that found an infringement.
 */
record Tally(String key, long controls, long controlled, long seizures, long hits, BigDecimal valueEur,
		BigDecimal dutiesEur) {

	static Tally of(String key, List<ReportValidated> reports) {
		long controls = reports.stream().filter(r -> r.type() == ReportType.CONTROL).count();
		long controlled = reports.stream().mapToLong(ReportValidated::controlledCount).sum();
		long seizures = reports.stream().filter(r -> r.type() == ReportType.SEIZURE).count();
		long hits = reports.stream().filter(r -> r.type() == ReportType.SEIZURE || r.infringement()).count();
		return new Tally(key, controls, controlled, seizures, hits, sum(reports, ReportValidated::valueEur),
				sum(reports, ReportValidated::dutiesEur));
	}

	/** One tally per key, most seizures first, then most controls, then by key; reports without a key under {@code none}. */
	static List<Tally> by(List<ReportValidated> reports, Function<ReportValidated, @Nullable String> key, String none) {
		Map<String, List<ReportValidated>> groups = reports.stream()
			.collect(Collectors.groupingBy(r -> {
				var value = key.apply(r);
				return value == null ? none : value;
			}, TreeMap::new, Collectors.toList()));
		return groups.entrySet().stream().map(e -> of(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(Tally::seizures).reversed()
				.thenComparing(Comparator.comparingLong(Tally::controls).reversed())
				.thenComparing(Tally::key))
			.toList();
	}

	/** Hits per report, in per cent, or null without reports. */
	@Nullable Integer hitRate() {
		long reports = controls + seizures;
		return reports == 0 ? null : (int) Math.round(100.0 * hits / reports);
	}

	private static BigDecimal sum(List<ReportValidated> reports, Function<ReportValidated, @Nullable BigDecimal> value) {
		return reports.stream().map(value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
