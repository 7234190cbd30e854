package eu.jcohub.analytics;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.analytics.Overview.Conflicts;
import eu.jcohub.analytics.Overview.FundingLine;
import eu.jcohub.analytics.Overview.HitRate;
import eu.jcohub.analytics.Overview.Notice;
import eu.jcohub.analytics.Overview.Participation;
import eu.jcohub.analytics.Overview.ParticipationLine;
import eu.jcohub.analytics.Overview.Phases;
import eu.jcohub.analytics.Overview.Results;
import eu.jcohub.analytics.Overview.SeizureLine;
import eu.jcohub.analytics.Overview.Tally;
import eu.jcohub.analytics.Overview.YearLine;
import eu.jcohub.analytics.internal.OperationFact;
import eu.jcohub.analytics.internal.FigureStore;
import eu.jcohub.analytics.internal.OperationFactStore;
import eu.jcohub.analytics.internal.ResultLine;
import eu.jcohub.analytics.internal.ResultStore;
import eu.jcohub.followup.Recommendation;
import eu.jcohub.followup.cases.CaseReminders;
import eu.jcohub.followup.cases.Cases;
import eu.jcohub.followup.cases.InvestigationCase;
import eu.jcohub.followup.RecommendationFilter;
import eu.jcohub.followup.RecommendationStatus;
import eu.jcohub.followup.Recommendations;
import eu.jcohub.funding.Funding;
import eu.jcohub.funding.FundingApplication;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.Invitation;
import eu.jcohub.planning.Invitations;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview and an administration's share, counted for the reader. The calendar's and the reports' figures come
 * from analytics' own aggregates, and so do the other modules' figures (participation, conflicts, funding, Naples II,
 * case outcomes), kept in step from their events and read for the operations the reader sees in detail.
 */
@Service
public class Analytics {

	private final AccessPolicy access;
	private final OperationFactStore facts;
	private final ResultStore results;
	private final OperationRegister register;
	private final FigureStore figures;
	private final Cases cases;
	private final CaseReminders reminders;
	private final Recommendations recommendations;
	private final ReferenceData reference;
	private final Clock clock;
	/** Threads of its own for reads done beside the request's: a few at a time, never one per request. */
	private final ExecutorService sideReads = Executors.newFixedThreadPool(4, work -> {
		var thread = new Thread(work, "analytics-side-read");
		thread.setDaemon(true);
		return thread;
	});

	Analytics(AccessPolicy access, OperationFactStore facts, ResultStore results, OperationRegister register,
			FigureStore figures, Cases cases, CaseReminders reminders, Recommendations recommendations,
			ReferenceData reference, Clock clock) {
		this.access = access;
		this.facts = facts;
		this.results = results;
		this.register = register;
		this.figures = figures;
		this.cases = cases;
		this.reminders = reminders;
		this.recommendations = recommendations;
		this.reference = reference;
		this.clock = clock;
	}

	@jakarta.annotation.PreDestroy
	void close() {
		sideReads.shutdownNow();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Refuses (403) whoever may not read the analytics. */
	public void requireRead() {
		access.visibility().require(AnalyticsRules.READ);
	}

	public boolean mayRead() {
		return access.signedIn().map(user -> access.visibilityOf(user).allows(AnalyticsRules.READ)).orElse(false);
	}

	/**
	 * Not one transaction: each read takes a connection only while it runs, so that the side read never waits for a
	 * connection held by a request that waits for it. The figures are read within moments of each other.
	 */
	public Overview overview(OverviewFilter filter) {
		requireRead();
		var all = matching(filter);
		var detailed = detailed(all);
		var detailedIds = detailed.stream().map(OperationFact::id).collect(Collectors.toSet());
		// The reports' sums are the largest read: added up by the database while this thread reads the rest.
		var sums = CompletableFuture.supplyAsync(() -> results.sums(detailedIds, null), sideReads);
		var perYear = perYear(all);
		var riskAreas = riskAreas(all);
		var breadth = breadth(all);
		var notice = notice(all);
		var participation = participation(detailedIds);
		var conflicts = conflicts(detailedIds);
		var funding = funding(detailedIds);
		var naples = naples(detailedIds);
		var lines = joined(sums);
		return new Overview(filter, all.size(), detailed.size(), perYear, riskAreas, breadth, phases(all, lines),
				notice, participation, conflicts, funding, naples, results(detailedIds, lines, filter.state()));
	}

	/** The side read's answer, or what it threw, as it threw it. */
	private static <T> T joined(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}

	/** What one administration led, joined, declined, reported and seized, and which recommendations it owes. */
	@Transactional(readOnly = true)
	public AdministrationShare administration(String code, OverviewFilter filter) {
		requireRead();
		var organisation = reference.organisation(code)
			.orElseThrow(() -> new eu.jcohub.shared.NotFound("Administration", code));
		var country = organisation.countryCode().orElse(null);
		var all = matching(new OverviewFilter(filter.from(), filter.to(), filter.organiser(), filter.type(),
				filter.riskArea(), null));
		var led = all.stream().filter(f -> f.organiser().equals(code) || country != null && country.equals(f.leadCountry()))
			.toList();
		var joined = all.stream().filter(f -> country != null && f.countries().contains(country)
				&& !country.equals(f.leadCountry()) && !f.organiser().equals(code)).toList();
		var detailed = detailed(all);
		var detailedIds = detailed.stream().map(OperationFact::id).collect(Collectors.toSet());
		var own = results.sums(detailedIds, code);
		var declined = new ArrayList<AdministrationShare.Declined>();
		var names = detailed.stream().collect(Collectors.toMap(OperationFact::id, OperationFact::name));
		figures.declinedBy(code, detailedIds)
			.forEach((id, reason) -> declined.add(new AdministrationShare.Declined(names.get(id), reason)));
		declined.sort(Comparator.comparing(AdministrationShare.Declined::operation));
		var owed = recommendations.list(new RecommendationFilter(null, code, false, null, false, null)).stream()
			.filter(r -> r.status().pending())
			.map(r -> new AdministrationShare.Owed(r.reference(), r.text(), r.status().name(), r.overdue(today())))
			.toList();
		return new AdministrationShare(code, organisation.name(), country, filter, names(led), names(joined),
				declined, sum(own, ResultLine::reports), sum(own, ResultLine::controls), sum(own, ResultLine::seizures),
				sum(own, ResultLine::hits), seizures(own), owed, caseUpdatesOwed(code));
	}

	/**
	 * The administration's open cases the reader may read on which nothing was recorded for as long as follow-up
	 * waits before reminding it (its reminder interval): the updates it owes, longest silent first.
	 */
	private List<AdministrationShare.CaseOwed> caseUpdatesOwed(String code) {
		var today = today();
		var since = today.minusMonths(reminders.months());
		var zone = clock.getZone();
		return owedCases(code, since).stream()
			.filter(c -> c.owner().equals(code) && c.open())
			.map(c -> new AdministrationShare.CaseOwed(c.reference(), operationName(c.operationId()), c.openedOn(),
					LocalDate.ofInstant(c.updatedAt(), zone),
					java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(c.updatedAt(), zone), today)))
			.filter(owed -> !owed.lastUpdate().isAfter(since))
			.sorted(Comparator.comparing(AdministrationShare.CaseOwed::lastUpdate)
				.thenComparing(AdministrationShare.CaseOwed::reference))
			.toList();
	}

	/**
	 * The secretariat and the facilitator count every administration's silent cases (without persons); anyone else
	 * sees those of the cases they may read (their own administration's).
	 */
	private List<InvestigationCase> owedCases(String code, LocalDate since) {
		try {
			return cases.silentSince(since.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
		}
		catch (Forbidden notCounting) {
			return cases.list(null, code, "OPEN");
		}
	}

	private String operationName(OperationId id) {
		return register.circles(Set.of(id)).stream().findFirst().map(c -> c.name()).orElse("");
	}

	private List<OperationFact> matching(OverviewFilter filter) {
		return facts.find(filter.from(), filter.to(), filter.organiser(),
				filter.type() == null ? null : filter.type().name(),
				filter.riskArea() == null ? null : reference.riskAreaAndNarrower(filter.riskArea()), filter.state())
			.stream().filter(f -> !f.cancelled()).toList();
	}

	/**
	 * The operations whose details the reader may see, as the calendar itself decides for them: asked once for all of
	 * them, never per operation.
	 */
	private List<OperationFact> detailed(List<OperationFact> all) {
		var visible = register.withDetailsVisible(all.stream().map(OperationFact::id).toList());
		return all.stream().filter(f -> visible.contains(f.id())).toList();
	}

	private static List<YearLine> perYear(List<OperationFact> all) {
		var byYear = new TreeMap<Integer, List<OperationFact>>();
		all.forEach(f -> byYear.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f));
		return byYear.entrySet().stream().map(e -> new YearLine(e.getKey(), e.getValue().size(),
				counted(e.getValue(), OperationFact::type), counted(e.getValue(), OperationFact::organiser))).toList();
	}

	private static Map<String, Long> counted(List<OperationFact> facts, Function<OperationFact, String> key) {
		return facts.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
	}

	private static List<Tally> riskAreas(List<OperationFact> all) {
		var counts = new TreeMap<String, Long>();
		all.forEach(f -> f.riskAreas().forEach(area -> counts.merge(area, 1L, Long::sum)));
		return tallies(counts, true);
	}

	/** How many operations covered no, one, two, or three and more risk areas. */
	private static List<Tally> breadth(List<OperationFact> all) {
		var counts = new LinkedHashMap<String, Long>();
		List.of("0", "1", "2", "3+").forEach(key -> counts.put(key, 0L));
		all.forEach(f -> counts.merge(f.riskAreas().size() >= 3 ? "3+" : String.valueOf(f.riskAreas().size()), 1L,
				Long::sum));
		return tallies(counts, false);
	}

	private static Phases phases(List<OperationFact> all, List<ResultLine> lines) {
		var days = all.stream().mapToInt(OperationFact::operationalDays).sorted().toArray();
		return new Phases(all.stream().filter(f -> !f.split()).count(), all.stream().filter(OperationFact::split).count(),
				days.length == 0 ? null : days[0], median(days), days.length == 0 ? null : days[days.length - 1],
				rate(lines, l -> l.phase() == 1 && l.split()), rate(lines, l -> l.phase() == 2 && l.split()),
				rate(lines, l -> !l.split()), rate(lines, ResultLine::split));
	}

	private static HitRate rate(List<ResultLine> lines, java.util.function.Predicate<ResultLine> which) {
		var chosen = lines.stream().filter(which).toList();
		return HitRate.of(sum(chosen, ResultLine::reports), sum(chosen, ResultLine::hits));
	}

	private static List<Notice> notice(List<OperationFact> all) {
		var byOrganiser = new TreeMap<String, List<OperationFact>>();
		all.forEach(f -> byOrganiser.computeIfAbsent(f.organiser(), o -> new ArrayList<>()).add(f));
		return byOrganiser.entrySet().stream().map(e -> {
			var days = e.getValue().stream().mapToLong(OperationFact::noticeDays).sorted().toArray();
			var asInts = java.util.Arrays.stream(days).mapToInt(d -> (int) d).toArray();
			return new Notice(e.getKey(), days.length, days[0], median(asInts), days[days.length - 1]);
		}).toList();
	}

	private Participation participation(Set<OperationId> detailed) {
		var lines = new TreeMap<String, long[]>();
		var reasons = new TreeMap<String, Long>();
		for (var count : figures.invitations(detailed)) {
			var counts = lines.computeIfAbsent(count.organisation(), o -> new long[4]);
			counts[0] += count.count();
			switch (count.state()) {
				case "ACCEPTED" -> counts[1] += count.count();
				case "DECLINED" -> {
					counts[2] += count.count();
					reasons.merge(count.reason() == null ? "OTHER" : count.reason(), count.count(), Long::sum);
				}
				default -> counts[3] += count.count();
			}
		}
		return new Participation(lines.entrySet().stream().map(e -> new ParticipationLine(e.getKey(), e.getValue()[0],
				e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList(), tallies(reasons, true));
	}

	/** Each pair of operations in conflict once, with how it was resolved if it was. */
	private Conflicts conflicts(Set<OperationId> detailed) {
		var resolutions = new TreeMap<String, Long>(figures.conflicts(detailed));
		long unresolved = java.util.Objects.requireNonNullElse(resolutions.remove(""), 0L);
		long found = unresolved + resolutions.values().stream().mapToLong(Long::longValue).sum();
		return new Conflicts(found, unresolved, tallies(resolutions, true));
	}

	private List<FundingLine> funding(Set<OperationId> detailed) {
		var byProgramme = new TreeMap<String, List<FigureStore.FundingRow>>();
		figures.funding(detailed)
			.forEach(a -> byProgramme.computeIfAbsent(a.programme(), p -> new ArrayList<>()).add(a));
		return byProgramme.entrySet().stream().map(e -> {
			var applications = e.getValue();
			var leadDays = applications.stream().map(FigureStore.FundingRow::daysToDecision)
				.filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();
			return new FundingLine(e.getKey(), applications.size(),
					applications.stream().map(FigureStore.FundingRow::requested).reduce(BigDecimal.ZERO, BigDecimal::add),
					applications.stream().filter(FigureStore.FundingRow::decided).count(),
					applications.stream().map(FigureStore.FundingRow::granted).filter(java.util.Objects::nonNull)
						.reduce(BigDecimal.ZERO, BigDecimal::add),
					median(leadDays));
		}).toList();
	}

	private List<Tally> naples(Set<OperationId> detailed) {
		var perArticle = new TreeMap<String, Long>();
		figures.naples(detailed).forEach((article, requests) -> perArticle.put(String.valueOf(article), requests));
		return tallies(perArticle, false);
	}

	private Results results(Set<OperationId> detailed, List<ResultLine> lines, @Nullable String state) {
		var cases = figures.cases(detailed);
		var addressed = recommendations.list(RecommendationFilter.all()).stream()
			.filter(r -> state == null || state.equals(countryOf(r.addressee())))
			.map(Recommendation::status).toList();
		return new Results(sum(lines, ResultLine::reports), sum(lines, ResultLine::controls),
				sum(lines, ResultLine::controlled), sum(lines, ResultLine::seizures), sum(lines, ResultLine::hits),
				seizures(lines), cases, addressed.stream().filter(s -> s == RecommendationStatus.IMPLEMENTED).count(),
				addressed.stream().filter(RecommendationStatus::pending).count(),
				addressed.stream().filter(s -> s == RecommendationStatus.NOT_IMPLEMENTED
						|| s == RecommendationStatus.OBSOLETE).count());
	}

	private @Nullable String countryOf(String organisation) {
		return reference.organisation(organisation).flatMap(o -> o.countryCode()).orElse(null);
	}

	private static List<SeizureLine> seizures(List<ResultLine> lines) {
		var grouped = new TreeMap<List<String>, long[]>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1)));
		var quantities = new LinkedHashMap<List<String>, BigDecimal>();
		lines.stream().filter(l -> l.seizures() > 0).forEach(l -> {
			var key = List.of(l.riskArea(), l.unit());
			grouped.computeIfAbsent(key, k -> new long[1])[0] += l.seizures();
			quantities.merge(key, l.quantity(), BigDecimal::add);
		});
		return grouped.entrySet().stream().map(e -> new SeizureLine(e.getKey().get(0), e.getKey().get(1),
				e.getValue()[0], quantities.get(e.getKey()))).toList();
	}

	private static List<String> names(List<OperationFact> operations) {
		return operations.stream().map(OperationFact::name).toList();
	}

	private static long sum(Collection<ResultLine> lines, java.util.function.ToLongFunction<ResultLine> figure) {
		return lines.stream().mapToLong(figure).sum();
	}

	private static List<Tally> tallies(Map<String, Long> counts, boolean mostFirst) {
		var list = counts.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()));
		return (mostFirst ? list.sorted(Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::key))
				: list).toList();
	}

	private static @Nullable Double median(int[] sorted) {
		if (sorted.length == 0) {
			return null;
		}
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
	}
}
