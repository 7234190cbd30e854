package eu.jcohub.followup.debriefing;

import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Dimension;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Line;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Proposal;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Ranking;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.ReportLink;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Rule;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.SilentProfile;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Suggestion;
import eu.jcohub.seizures.ControlResult;
import eu.jcohub.seizures.FieldReportView;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.RiskProfileView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules that turn an operation's validated reports and risk profiles into the threat-assessment draft: plain
 * counting, no learning, so that each suggestion can say which rule made it and on which reports. A hit is a
 * seizure or a control that found an infringement; a pattern needs {@link #MIN_HITS} hits to be suggested.
 */
final class ThreatRules {

	static final int MIN_HITS = 2;
	static final int TOP = 5;

	/** Names for codes (countries, risk areas, transport modes, places), as the reader sees them. */
	interface Names {

		String country(String code);

		String riskArea(String code);

		String transportMode(String code);

		String location(String code);
	}

	private final List<FieldReportView> reports;
	private final List<RiskProfileView> latest;
	private final List<RiskProfileView> versions;
	private final Names names;

	/**
	 * @param reports the operation's validated reports
	 * @param versions every version of its risk profiles
	 */
	ThreatRules(List<FieldReportView> reports, List<RiskProfileView> versions, Names names) {
		this.reports = List.copyOf(reports);
		this.versions = List.copyOf(versions);
		this.latest = versions.stream()
			.collect(Collectors.toMap(RiskProfileView::profileId, v -> v, (a, b) -> a.version() >= b.version() ? a : b))
			.values().stream().sorted(Comparator.comparing(RiskProfileView::name)).toList();
		this.names = names;
	}

	static boolean hit(FieldReportView report) {
		return report.type() == ReportType.SEIZURE || report.result() == ControlResult.INFRINGEMENT;
	}

	long hits() {
		return reports.stream().filter(ThreatRules::hit).count();
	}

	long profiles() {
		return latest.size();
	}

	List<Ranking> rankings() {
		return List.of(ranking(Dimension.ROUTE, ThreatRules::route, this::routeName),
				ranking(Dimension.CONCEALMENT, ThreatRules::concealment, this::concealmentAsTyped),
				ranking(Dimension.TRANSPORT_MODE, FieldReportView::transportMode, names::transportMode),
				ranking(Dimension.LOCATION, FieldReportView::locationCode, names::location));
	}

	/** The profiles that selected controls (or none) and never hit, with the phases they ran in. */
	List<SilentProfile> silentProfiles() {
		var silent = new ArrayList<SilentProfile>();
		for (var profile : latest) {
			var selected = reports.stream().filter(r -> profile.profileId().equals(r.profileId())).toList();
			if (selected.stream().noneMatch(ThreatRules::hit)) {
				var phases = versions.stream().filter(v -> v.profileId().equals(profile.profileId()))
					.map(RiskProfileView::phase).distinct().sorted().toList();
				silent.add(new SilentProfile(profile.profileId(), profile.name(), names.riskArea(profile.riskArea()),
						phases, selected.size()));
			}
		}
		return silent;
	}

	List<Suggestion> suggestions() {
		var suggestions = new ArrayList<Suggestion>();
		suggestions.addAll(uncoveredRoutes());
		suggestions.addAll(unprofiledConcealments());
		suggestions.addAll(narrowProfiles());
		return suggestions;
	}

	/** Rule 1: a route with hits that no profile of the operation names. */
	private List<Suggestion> uncoveredRoutes() {
		var found = new ArrayList<Suggestion>();
		groupedHits(ThreatRules::route).forEach((route, hits) -> {
			var from = hits.get(0).routeFrom();
			var to = hits.get(0).routeTo();
			boolean covered = latest.stream().anyMatch(p -> Objects.equals(p.routeFrom(), from)
					&& (p.routeTo() == null || Objects.equals(p.routeTo(), to)));
			var area = mostCommon(hits, FieldReportView::riskArea);
			if (!covered && area.isPresent()) {
				var proposal = new Proposal(names.riskArea(area.get()) + ", " + routeName(route), area.get(),
						mostCommon(hits, FieldReportView::transportMode).orElse(null), from, to, concealmentsSeen(hits));
				found.add(new Suggestion(Rule.UNCOVERED_ROUTE + ":" + route, Rule.UNCOVERED_ROUTE,
						List.of(String.valueOf(hits.size()), routeName(route)), proposal, null, links(hits), null));
			}
		});
		return found;
	}

	/** Rule 2: a concealment method found more than once without a profile selecting the consignment. */
	private List<Suggestion> unprofiledConcealments() {
		var found = new ArrayList<Suggestion>();
		var unprofiled = reports.stream().filter(r -> r.profileId() == null).toList();
		grouped(unprofiled.stream().filter(ThreatRules::hit).toList(), ThreatRules::concealment).forEach((method, hits) -> {
			var area = mostCommon(hits, FieldReportView::riskArea);
			if (hits.size() >= MIN_HITS && area.isPresent()) {
				var shown = hits.get(0).concealment().strip();
				var proposal = new Proposal(names.riskArea(area.get()) + ", " + shown, area.get(),
						mostCommon(hits, FieldReportView::transportMode).orElse(null),
						mostCommon(hits, FieldReportView::routeFrom).orElse(null), null, shown);
				found.add(new Suggestion(Rule.UNPROFILED_CONCEALMENT + ":" + method, Rule.UNPROFILED_CONCEALMENT,
						List.of(String.valueOf(hits.size()), shown), proposal, null, links(hits), null));
			}
		});
		return found;
	}

	/** Rule 3: a profile without a transport mode whose hits all came in one mode: target that mode. */
	private List<Suggestion> narrowProfiles() {
		var found = new ArrayList<Suggestion>();
		for (var profile : latest) {
			var hits = reports.stream().filter(r -> profile.profileId().equals(r.profileId())).filter(ThreatRules::hit)
				.toList();
			var modes = hits.stream().map(FieldReportView::transportMode).distinct().toList();
			if (profile.transportMode() == null && hits.size() >= MIN_HITS && modes.size() == 1 && modes.get(0) != null) {
				var mode = modes.get(0);
				var proposal = new Proposal(profile.name(), profile.riskArea(), mode, profile.routeFrom(),
						profile.routeTo(), profile.indicators());
				found.add(new Suggestion(Rule.NARROW_PROFILE + ":" + profile.profileId(), Rule.NARROW_PROFILE,
						List.of(profile.name(), String.valueOf(hits.size()), names.transportMode(mode)), proposal,
						profile.name(), links(hits), null));
			}
		}
		return found;
	}

	private Ranking ranking(Dimension dimension, Function<FieldReportView, @Nullable String> key,
			Function<String, String> label) {
		var lines = grouped(reports, key).entrySet().stream().map(group -> {
			long hits = group.getValue().stream().filter(ThreatRules::hit).count();
			long all = group.getValue().size();
			return new Line(group.getKey(), label.apply(group.getKey()), all, hits, (int) Math.round(100.0 * hits / all));
		})
			.filter(line -> line.hits() > 0)
			.sorted(Comparator.comparingInt(Line::hitRatePercent).reversed()
				.thenComparing(Comparator.comparingLong(Line::hits).reversed())
				.thenComparing(Line::label))
			.limit(TOP)
			.toList();
		return new Ranking(dimension, lines);
	}

	/** Hits grouped by the key, only groups with enough hits to be a pattern. */
	private Map<String, List<FieldReportView>> groupedHits(Function<FieldReportView, @Nullable String> key) {
		var groups = grouped(reports.stream().filter(ThreatRules::hit).toList(), key);
		groups.values().removeIf(hits -> hits.size() < MIN_HITS);
		return groups;
	}

	private static Map<String, List<FieldReportView>> grouped(List<FieldReportView> reports,
			Function<FieldReportView, @Nullable String> key) {
		var groups = new LinkedHashMap<String, List<FieldReportView>>();
		for (var report : reports) {
			var value = key.apply(report);
			if (value != null) {
				groups.computeIfAbsent(value, k -> new ArrayList<>()).add(report);
			}
		}
		return groups;
	}

	/** A concealment method as the first report found with it typed it. */
	private String concealmentAsTyped(String method) {
		return reports.stream().filter(r -> method.equals(concealment(r))).map(r -> r.concealment().strip()).findFirst()
			.orElse(method);
	}

	/** A route by its countries: {@code CN-DK}, {@code CN-} when only the origin is known. */
	static @Nullable String route(FieldReportView report) {
		return report.routeFrom() == null ? null : report.routeFrom() + "-" + Objects.toString(report.routeTo(), "");
	}

	/** Concealment methods are typed by hand: the same words in other letters or spacing are one method. */
	static @Nullable String concealment(FieldReportView report) {
		var text = report.concealment();
		return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private String routeName(String route) {
		var parts = route.split("-", -1);
		return names.country(parts[0]) + (parts[1].isEmpty() ? "" : " → " + names.country(parts[1]));
	}

	private static Optional<String> mostCommon(List<FieldReportView> reports, Function<FieldReportView, @Nullable String> key) {
		return grouped(reports, key).entrySet().stream()
			.max(Comparator.comparingInt((Map.Entry<String, List<FieldReportView>> e) -> e.getValue().size())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map(Map.Entry::getKey);
	}

	/** The hiding places of the hits as first typed, each once: "behind furniture" and "Behind  furniture" are one. */
	private static @Nullable String concealmentsSeen(List<FieldReportView> hits) {
		var seen = new java.util.LinkedHashMap<String, String>();
		for (var hit : hits) {
			var method = concealment(hit);
			if (method != null) {
				seen.putIfAbsent(method, hit.concealment().strip());
			}
		}
		return seen.isEmpty() ? null : String.join("; ", seen.values());
	}

	private static List<ReportLink> links(List<FieldReportView> reports) {
		return reports.stream().map(r -> new ReportLink(r.id(), r.reference())).toList();
	}

}
