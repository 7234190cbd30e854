package eu.jcohub.deconfliction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.Competence;
import eu.jcohub.deconfliction.ConflictReason;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import eu.jcohub.shared.OperationId;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeconflictionIndexTests {

	private static final LocalDate MAY_20 = LocalDate.of(2027, 5, 20);
	private final Vocabulary vocabulary = vocabulary();

	@Test
	void flagsOverlapWhenSameRiskAreaAndDatesIntersect() {
		var index = index(DeconflictionSettings.defaults());
		var existing = put(index, plan("EXISTING", Set.of("FI", "EE"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20, MAY_20.plusDays(13))));
		var conflicts = index.conflictsWith(draft(plan("NEW", Set.of("FI", "EE", "LV"), Set.of("CIGARETTES"),
				Set.of("ROAD"), phase(MAY_20.plusDays(9), MAY_20.plusDays(20)))));
		assertThat(conflicts).extracting(c -> c.operation().id()).containsExactly(existing);
		assertThat(details(conflicts.get(0).reasons())).containsExactly(
				"DATES: 5 days in common (29 May – 2 Jun 2027)",
				"PARTICIPANTS: EE, FI take part in both", "RISK_AREAS: both target cigarettes",
				"TRANSPORT_MODES: both control road");
	}

	@Test
	void datesThatOnlyTouchWithoutMarginAreNoConflict() {
		var index = index(DeconflictionSettings.defaults());
		put(index, plan("BEFORE", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(6))));
		var conflicts = index.conflictsWith(draft(plan("AFTER", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20.plusDays(7), MAY_20.plusDays(13)))));
		assertThat(conflicts).isEmpty();
	}

	@Test
	void oneSharedDayIsAnOverlap() {
		var index = index(DeconflictionSettings.defaults());
		put(index, plan("BEFORE", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(6))));
		var conflicts = index.conflictsWith(draft(plan("AFTER", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20.plusDays(6), MAY_20.plusDays(13)))));
		assertThat(conflicts).hasSize(1);
		assertThat(conflicts.get(0).reasons().get(0).detail()).isEqualTo("1 day in common (26 May 2027)");
	}

	@Test
	void aMarginTurnsNearMissesIntoConflicts() {
		var index = index(DeconflictionSettings.defaults().withMargin(3));
		put(index, plan("BEFORE", Set.of("FI", "EE"), Set.of("CIGARETTES"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(6))));
		var conflicts = index.conflictsWith(draft(plan("AFTER", Set.of("FI", "EE"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20.plusDays(9), MAY_20.plusDays(15)))));
		assertThat(conflicts).hasSize(1);
		assertThat(conflicts.get(0).reasons().get(0).detail()).isEqualTo("only 2 days apart (within the margin of 3)");
		var farther = index.conflictsWith(draft(plan("LATER", Set.of("FI", "EE"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20.plusDays(11), MAY_20.plusDays(15)))));
		assertThat(farther).isEmpty();
	}

	@Test
	void sameDatesButNothingElseInCommonIsNoConflict() {
		var index = index(DeconflictionSettings.defaults());
		put(index, plan("NORTH", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(13))));
		var conflicts = index.conflictsWith(draft(plan("SOUTH", Set.of("PT"), Set.of("COCAINE"), Set.of("MARITIME"),
				phase(MAY_20, MAY_20.plusDays(13)))));
		assertThat(conflicts).isEmpty();
	}

	@Test
	void sameDatesAndTargetsInDifferentCountriesIsNoConflict() {
		var index = index(DeconflictionSettings.defaults());
		put(index, plan("FINNISH", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(13))));
		var conflicts = index.conflictsWith(draft(plan("PORTUGUESE", Set.of("PT"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20, MAY_20.plusDays(13)))));
		assertThat(conflicts).isEmpty();
	}

	@Test
	void aSharedPlaceIsEnoughWithoutSharedParticipants() {
		var index = index(DeconflictionSettings.defaults());
		var port = put(index, new OperationPlan("PORT CHECK", OperationType.NATIONAL, "CCWP", null, Set.of("NL"),
				Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, Set.of("COCAINE"),
				Set.of("MARITIME"), Set.of("NLRTM"), List.of(phase(MAY_20, MAY_20.plusDays(13))), null));
		var conflicts = index.conflictsWith(draft(new OperationPlan("MAOC WATCH", OperationType.OTHER_BODY, "CCWP",
				null, Set.of("ES"), Set.of(), Competence.SHARED, PolicyDomain.CRIME_PREVENTION, null, null,
				Set.of("COCAINE"), Set.of("MARITIME"), Set.of("NLRTM"), List.of(phase(MAY_20, MAY_20.plusDays(5))), null)));
		assertThat(conflicts).extracting(c -> c.operation().id()).containsExactly(port);
		assertThat(details(conflicts.get(0).reasons())).contains("LOCATIONS: both at NLRTM");
	}

	@Test
	void aParentRiskAreaAndItsChildAreInCommon() {
		var index = index(DeconflictionSettings.defaults());
		put(index, plan("TOBACCO WIDE", Set.of("PL"), Set.of("TOBACCO"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(13))));
		var conflicts = index.conflictsWith(draft(plan("CIGARETTES ONLY", Set.of("PL"), Set.of("CIGARETTES"), Set.of("RAIL"),
				phase(MAY_20, MAY_20.plusDays(13)))));
		assertThat(details(conflicts.get(0).reasons())).contains("RISK_AREAS: both target tobacco (cigarettes)");
	}

	@Test
	void moreDimensionsInCommonScoreHigherAndComeFirst() {
		var index = index(DeconflictionSettings.defaults());
		var weak = put(index, plan("WEAK", Set.of("FI", "SE", "DK", "DE"), Set.of("ALCOHOL"), Set.of("AIR"),
				phase(MAY_20, MAY_20.plusDays(2))));
		var strong = put(index, plan("STRONG", Set.of("FI", "EE"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20, MAY_20.plusDays(13))));
		var conflicts = index.conflictsWith(draft(plan("CHECKED", Set.of("FI", "EE"), Set.of("CIGARETTES", "ALCOHOL"),
				Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(13)))));
		assertThat(conflicts).extracting(c -> c.operation().id()).containsExactly(strong, weak);
		assertThat(conflicts.get(0).score()).isGreaterThan(conflicts.get(1).score());
		assertThat(conflicts.get(0).score()).as("30 dates + 25 participants + 25 risk areas + 10 modes, no locations").isEqualTo(90.0);
	}

	@Test
	void aSecondPhaseAfterABreakIsCheckedToo() {
		var index = index(DeconflictionSettings.defaults());
		var split = put(index, plan("SPLIT", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20, MAY_20.plusDays(6)), phase(MAY_20.plusDays(21), MAY_20.plusDays(27))));
		var conflicts = index.conflictsWith(draft(plan("LATE", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20.plusDays(25), MAY_20.plusDays(30)))));
		assertThat(conflicts).extracting(c -> c.operation().id()).containsExactly(split);
	}

	@Test
	void revisingAnOperationMovesItInTheIndexAndTheOperationNeverConflictsWithItself() {
		var index = index(DeconflictionSettings.defaults());
		var moving = plan("MOVING", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(6)));
		var id = put(index, moving);
		var moved = plan("MOVING", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(MAY_20.plusDays(60), MAY_20.plusDays(66)));
		index.put(IndexedOperation.of(id, 1, moved, vocabulary));
		var probe = plan("PROBE", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(6)));
		assertThat(index.conflictsWith(draft(probe))).isEmpty();
		assertThat(index.conflictsWith(IndexedOperation.of(id, 2, moved, vocabulary))).isEmpty();
		index.put(IndexedOperation.of(id, 0, moving, vocabulary));
		assertThat(index.versionOf(id)).as("an older version never replaces a newer one").isEqualTo(1);
	}

	@Test
	void findsExactlyWhatANaiveScanFinds() {
		var settings = DeconflictionSettings.defaults().withMargin(2);
		var index = index(settings);
		var scorer = new ConflictScorer(settings, vocabulary);
		var random = new Random(42);
		var all = new java.util.ArrayList<IndexedOperation>();
		String[] countries = { "FI", "EE", "LV", "LT", "PL", "DE", "DK", "SE" };
		String[] risks = { "CIGARETTES", "ALCOHOL", "COCAINE", "TOBACCO", "DRUGS" };
		String[] modes = { "ROAD", "RAIL", "MARITIME", "AIR" };
		for (int i = 0; i < 3000; i++) {
			var plan = withLocations(plan("OP" + i, new java.util.HashSet<>(List.of(countries[random.nextInt(8)],
					countries[random.nextInt(8)])), Set.of(risks[random.nextInt(5)]), Set.of(modes[random.nextInt(4)]),
					randomPhases(random)), random);
			var operation = IndexedOperation.of(OperationId.random(), 0, plan, vocabulary);
			index.put(operation);
			all.add(operation);
		}
		for (int probe = 0; probe < 200; probe++) {
			var draft = draft(withLocations(plan("PROBE", Set.of(countries[random.nextInt(8)]),
					Set.of(risks[random.nextInt(5)]), Set.of(modes[random.nextInt(4)]), randomPhases(random)), random));
			var naive = all.stream().filter(op -> scorer.score(draft, op) >= 0)
				.collect(Collectors.toMap(IndexedOperation::id, op -> scorer.score(draft, op)));
			var found = index.conflictsWith(draft);
			var indexed = found.stream().collect(Collectors.toMap(c -> c.operation().id(), ScoredConflict::score));
			assertThat(found).as("each conflict once").hasSameSizeAs(indexed.keySet());
			assertThat(indexed).as("same conflicts, same scores").isEqualTo(naive);
		}
	}

	@Test
	void aLimitKeepsTheHighestScoresInOrder() {
		var index = index(DeconflictionSettings.defaults());
		for (int i = 0; i < 50; i++) {
			put(index, plan("OP" + i, i % 2 == 0 ? Set.of("FI") : Set.of("FI", "EE", "LV", "LT"), Set.of("CIGARETTES"),
					Set.of(i % 3 == 0 ? "ROAD" : "RAIL"), phase(MAY_20, MAY_20.plusDays(1 + i % 13))));
		}
		var probe = draft(plan("PROBE", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"), phase(MAY_20, MAY_20.plusDays(13))));
		var all = index.conflictsWith(probe);
		var top = index.conflictsWith(probe, 10);
		assertThat(top).hasSize(10);
		assertThat(top).extracting(ScoredConflict::score).isEqualTo(all.subList(0, 10).stream().map(ScoredConflict::score).toList());
		assertThat(top.get(0).reasons()).isNotEmpty();
	}

	/** A third of the operations at a port or in a whole country, so that places decide some conflicts. */
	private static OperationPlan withLocations(OperationPlan plan, Random random) {
		String[] places = { "FIHEL", "EETLL", "PLGDN", "FI", "PL", "DEHAM" };
		if (random.nextInt(3) != 0) {
			return plan;
		}
		return new OperationPlan(plan.name(), plan.type(), plan.organiser(), plan.leadCountry(), plan.participants(),
				plan.partnerOrganisations(), plan.competence(), plan.domain(), null, null, plan.riskAreas(),
				plan.transportModes(), Set.of(places[random.nextInt(places.length)]), plan.phases(), null);
	}

	private static Phase[] randomPhases(Random random) {
		var start = MAY_20.plusDays(random.nextInt(730));
		int kind = random.nextInt(20);
		if (kind == 0) {
			return new Phase[] { phase(start, start.plusDays(400 + random.nextInt(100))) };
		}
		if (kind < 3) {
			return new Phase[] { phase(start, start.plusDays(40 + random.nextInt(200))) };
		}
		if (kind < 7) {
			var secondStart = start.plusDays(12 + random.nextInt(30));
			return new Phase[] { phase(start, start.plusDays(4 + random.nextInt(6))),
					phase(secondStart, secondStart.plusDays(random.nextInt(14))) };
		}
		return new Phase[] { phase(start, start.plusDays(random.nextInt(14))) };
	}

	private DeconflictionIndex index(DeconflictionSettings settings) {
		return new DeconflictionIndex(new ConflictScorer(settings, vocabulary));
	}

	private OperationId put(DeconflictionIndex index, OperationPlan plan) {
		var id = OperationId.random();
		index.put(IndexedOperation.of(id, 0, plan, vocabulary));
		return id;
	}

	private IndexedOperation draft(OperationPlan plan) {
		return IndexedOperation.of(OperationId.random(), 0, plan, vocabulary);
	}

	private static List<String> details(List<ConflictReason> reasons) {
		return reasons.stream().map(r -> r.dimension() + ": " + r.detail()).toList();
	}

	private static Phase phase(LocalDate start, LocalDate end) {
		return new Phase(start, end);
	}

	static OperationPlan plan(String name, Set<String> participants, Set<String> risks, Set<String> modes,
			Phase... phases) {
		return new OperationPlan(name, OperationType.JCO_REGIONAL, "CCWP", null, participants, Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, risks, modes, Set.of(), List.of(phases), null);
	}

	private static Vocabulary vocabulary() {
		var vocabulary = new Vocabulary();
		vocabulary.define("DRUGS", "Drugs", null);
		vocabulary.define("COCAINE", "Cocaine", "DRUGS");
		vocabulary.define("TOBACCO", "Tobacco", null);
		vocabulary.define("CIGARETTES", "Cigarettes", "TOBACCO");
		vocabulary.define("ALCOHOL", "Alcohol", null);
		vocabulary.define("ROAD", "Road", null);
		vocabulary.define("RAIL", "Rail", null);
		vocabulary.define("MARITIME", "Maritime", null);
		vocabulary.define("AIR", "Air", null);
		for (var country : List.of("FI", "EE", "PL", "DE")) {
			vocabulary.define(country, country, null);
		}
		vocabulary.define("FIHEL", "Helsinki", "FI");
		vocabulary.define("EETLL", "Tallinn", "EE");
		vocabulary.define("PLGDN", "Gdansk", "PL");
		vocabulary.define("DEHAM", "Hamburg", "DE");
		return vocabulary;
	}

}
