package eu.jcohub.deconfliction.internal;

import static eu.jcohub.deconfliction.internal.DeconflictionIndexTests.plan;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A check with a limit skips the candidates whose upper bound cannot reach the worst score kept. These cases
 * would return another list if the bound were lower than a real score, if ties were broken otherwise than by
 * name, or if the limit were applied to the unlimited path.
 */
class TopConflictsPruningTests {

	private static final LocalDate JUNE_1 = LocalDate.of(2027, 6, 1);
	private final Vocabulary vocabulary = vocabulary();
	private final DeconflictionSettings settings = DeconflictionSettings.defaults();
	private final ConflictScorer scorer = new ConflictScorer(settings, vocabulary);

	@Test
	void theBestConflictIsKeptEvenWhenFoundAfterTheListIsFullOfWeakerOnes() {
		var index = new DeconflictionIndex(scorer);
		var all = new ArrayList<IndexedOperation>();
		// Starting on the window's first day (scanned first): every day in common, only a country shared.
		for (int i = 0; i < 5; i++) {
			all.add(put(index, plan("WEAK " + i, Set.of("FI"), Set.of("ALCOHOL"), Set.of("AIR"),
					phase(JUNE_1, JUNE_1.plusDays(9)))));
		}
		// Starting ten days before (scanned once the list is full): three days in common, but everything shared,
		// so its score is above theirs although its dates alone could not get it there.
		var strong = put(index, plan("STRONG", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(JUNE_1.minusDays(10), JUNE_1.plusDays(2))));
		all.add(strong);
		var draft = draft(plan("DRAFT", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(JUNE_1, JUNE_1.plusDays(9))));

		var top = index.conflictsWith(draft, 3);

		assertThat(scorer.score(draft, strong)).isGreaterThan(scorer.score(draft, all.get(0)));
		assertThat(top.get(0).operation()).isSameAs(strong);
		assertSameAsNaive(top, all, draft, 3);
	}

	@Test
	void tiesAtTheLastPlaceAreBrokenByNameWhateverTheOrderTheyAreFoundIn() {
		var index = new DeconflictionIndex(scorer);
		var all = new ArrayList<IndexedOperation>();
		// Same score for all; names put in the index in reverse order, on different start days.
		for (int i = 9; i >= 0; i--) {
			all.add(put(index, plan("TIE " + i, Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
					phase(JUNE_1.minusDays(i), JUNE_1.plusDays(20)))));
		}
		var draft = draft(plan("DRAFT", Set.of("FI"), Set.of("CIGARETTES"), Set.of("ROAD"),
				phase(JUNE_1, JUNE_1.plusDays(9))));

		var top = index.conflictsWith(draft, 4);

		assertThat(top).extracting(c -> c.operation().name()).containsExactly("TIE 0", "TIE 1", "TIE 2", "TIE 3");
		assertSameAsNaive(top, all, draft, 4);
	}

	@Test
	void aLimitAboveTheNumberOfConflictsReturnsThemAllAsTheUnlimitedCheckDoes() {
		var index = new DeconflictionIndex(scorer);
		var all = new ArrayList<IndexedOperation>();
		for (int i = 0; i < 7; i++) {
			all.add(put(index, plan("OP " + i, Set.of(i % 2 == 0 ? "FI" : "EE"), Set.of("CIGARETTES"), Set.of("ROAD"),
					phase(JUNE_1.plusDays(i), JUNE_1.plusDays(i + 8)))));
		}
		var draft = draft(plan("DRAFT", Set.of("FI", "EE"), Set.of("TOBACCO"), Set.of("ROAD"),
				phase(JUNE_1, JUNE_1.plusDays(9))));

		var limited = index.conflictsWith(draft, 100);
		var unlimited = index.conflictsWith(draft);

		assertThat(limited).hasSize(7).isEqualTo(unlimited);
		assertSameAsNaive(unlimited, all, draft, Integer.MAX_VALUE);
	}

	@Test
	void everyLimitReturnsTheNaiveScansBestInItsOrderWithManyTies() {
		var index = new DeconflictionIndex(scorer);
		var random = new Random(7);
		var all = new ArrayList<IndexedOperation>();
		String[] countries = { "FI", "EE", "PL", "DE" };
		String[] risks = { "CIGARETTES", "ALCOHOL", "COCAINE", "TOBACCO", "DRUGS" };
		String[] modes = { "ROAD", "RAIL", "MARITIME", "AIR" };
		for (int i = 0; i < 2000; i++) {
			var start = JUNE_1.plusDays(random.nextInt(120));
			var end = start.plusDays(random.nextInt(random.nextInt(10) == 0 ? 90 : 14));
			// few distinct values: many equal scores, so the names decide at the limit
			all.add(put(index, plan(String.format("OP %04d", random.nextInt(100_000)) + "-" + i,
					new HashSet<>(List.of(countries[random.nextInt(4)], countries[random.nextInt(4)])), Set.of(risks[random.nextInt(5)]),
					Set.of(modes[random.nextInt(4)]), phase(start, end))));
		}
		for (int probe = 0; probe < 40; probe++) {
			var start = JUNE_1.plusDays(random.nextInt(120));
			var draft = draft(plan("DRAFT", Set.of(countries[random.nextInt(4)]), Set.of(risks[random.nextInt(5)]),
					Set.of(modes[random.nextInt(4)]), phase(start, start.plusDays(random.nextInt(30)))));
			for (int limit : new int[] { 1, 3, 10, 100, 5000 }) {
				assertSameAsNaive(index.conflictsWith(draft, limit), all, draft, limit);
			}
			assertSameAsNaive(index.conflictsWith(draft), all, draft, Integer.MAX_VALUE);
		}
	}

	@Test
	void anOperationRelatedOnlyThroughAParentOrChildRiskAreaStillEntersAListAboveWhatNoRiskAreaReaches() {
		// The draft targets tobacco, the late one cigarettes (a child); then the other way round (a parent).
		assertRelatedRiskAreaEnters("TOBACCO", "CIGARETTES", "ALCOHOL");
		assertRelatedRiskAreaEnters("CIGARETTES", "TOBACCO", "RAW_TOBACCO");
	}

	private void assertRelatedRiskAreaEnters(String draftRisk, String relatedRisk, String unrelatedRisk) {
		var index = new DeconflictionIndex(scorer);
		var all = new ArrayList<IndexedOperation>();
		// Found first (starting on the window's first day): 90 points each, so the bar stands at 90, above the
		// 75 that an operation sharing no risk area can reach.
		for (int i = 0; i < 2; i++) {
			all.add(put(index, plan("HIGH " + i, Set.of("FI"), Set.of(draftRisk), Set.of("ROAD"),
					phase(JUNE_1, JUNE_1.plusDays(9)))));
		}
		// Found later (starting before the window): 90 points too, by a related risk area; beside it one whose
		// area is unrelated (another area, or a sibling under the same parent), at 65 points.
		var related = put(index, plan("A RELATED", Set.of("FI"), Set.of(relatedRisk), Set.of("ROAD"),
				phase(JUNE_1.minusDays(3), JUNE_1.plusDays(9))));
		all.add(related);
		all.add(put(index, plan("A UNRELATED", Set.of("FI"), Set.of(unrelatedRisk), Set.of("ROAD"),
				phase(JUNE_1.minusDays(3), JUNE_1.plusDays(9)))));
		var draft = draft(plan("DRAFT", Set.of("FI"), Set.of(draftRisk), Set.of("ROAD"), phase(JUNE_1, JUNE_1.plusDays(9))));

		var top = index.conflictsWith(draft, 2);

		assertThat(top).extracting(c -> c.operation().name()).containsExactly("A RELATED", "HIGH 0");
		assertThat(top).extracting(ScoredConflict::score).containsExactly(90.0, 90.0);
		assertSameAsNaive(top, all, draft, 2);
	}

	@Test
	void withTheBarAboveWhatAnOperationSharingNoRiskAreaReachesTheIndexReturnsTheNaiveBest() {
		var random = new Random(11);
		var index = new DeconflictionIndex(scorer);
		var all = randomOperations(index, random, 3000, 30);
		int barAboveRiskFree = 0;
		for (int probe = 0; probe < 40; probe++) {
			var draft = draft(randomPlan(random, "DRAFT", 30));
			for (int limit : new int[] { 1, 5, 20 }) {
				var naive = naiveBest(all, draft, limit);
				if (naive.size() == limit && scorer.score(draft, naive.get(limit - 1)) > 75) {
					barAboveRiskFree++;
				}
				assertSameAsNaive(index.conflictsWith(draft, limit), all, draft, limit);
			}
		}
		// Above 75 points, an entry sharing no risk area is skipped on its masks; below, others are, by what else
		// they cannot share (90 points without a transport mode, 65 without both).
		assertThat(barAboveRiskFree).as("checks whose list ends above 75 points")
			.isGreaterThan(60);
	}

	@Test
	void withTheBarLowOrTheListNeverFullTheIndexReturnsTheNaiveBest() {
		var random = new Random(12);
		var index = new DeconflictionIndex(scorer);
		// Spread over a year: few candidates per check, the list (when it fills) ends low.
		var all = randomOperations(index, random, 1500, 365);
		int barWithinRiskFree = 0;
		for (int probe = 0; probe < 40; probe++) {
			var draft = draft(randomPlan(random, "DRAFT", 365));
			for (int limit : new int[] { 30, 1000 }) {
				var naive = naiveBest(all, draft, limit);
				if (naive.size() < limit || scorer.score(draft, naive.get(limit - 1)) <= 75) {
					barWithinRiskFree++;
				}
				assertSameAsNaive(index.conflictsWith(draft, limit), all, draft, limit);
			}
			assertSameAsNaive(index.conflictsWith(draft), all, draft, Integer.MAX_VALUE);
		}
		assertThat(barWithinRiskFree).as("checks whose list never fills or ends at 75 points or below")
			.isGreaterThan(60);
	}

	/**
	 * Operations over {@code days} days from June 1, with what sends an entry past the masks now and then: no
	 * country but a place, four places (scored by the scorer), three phases (not held inline).
	 */
	private List<IndexedOperation> randomOperations(DeconflictionIndex index, Random random, int count, int days) {
		var all = new ArrayList<IndexedOperation>();
		for (int i = 0; i < count; i++) {
			all.add(put(index, randomPlan(random, String.format("OP %05d", random.nextInt(100_000)) + "-" + i, days)));
		}
		return all;
	}

	private static OperationPlan randomPlan(Random random, String name, int days) {
		String[] countries = { "FI", "EE", "PL", "DE" };
		String[] risks = { "DRUGS", "COCAINE", "HEROIN", "TOBACCO", "CIGARETTES", "RAW_TOBACCO", "ALCOHOL" };
		String[] modes = { "ROAD", "RAIL", "MARITIME", "AIR" };
		String[] places = { "FIHEL", "EETLL", "PLGDN", "DEHAM", "FI", "PL" };
		var participants = new HashSet<String>();
		if (random.nextInt(10) != 0) {
			for (int k = 1 + random.nextInt(3); k > 0; k--) {
				participants.add(countries[random.nextInt(countries.length)]);
			}
		}
		var riskAreas = new HashSet<String>();
		for (int k = 1 + random.nextInt(2); k > 0; k--) {
			riskAreas.add(risks[random.nextInt(risks.length)]);
		}
		var locations = new HashSet<String>();
		int where = random.nextInt(10);
		for (int k = where < 4 ? 0 : where < 9 ? 1 : 4; k > 0; k--) {
			locations.add(places[random.nextInt(places.length)]);
		}
		if (participants.isEmpty() && locations.isEmpty()) {
			locations.add(places[random.nextInt(places.length)]);
		}
		var start = JUNE_1.plusDays(random.nextInt(days));
		var phases = new ArrayList<Phase>();
		int shape = random.nextInt(20);
		int count = shape == 0 ? 3 : shape < 3 ? 2 : 1;
		for (int k = 0; k < count; k++) {
			var end = start.plusDays(shape == 19 ? 40 + random.nextInt(60) : 2 + random.nextInt(12));
			phases.add(phase(start, end));
			start = end.plusDays(2 + random.nextInt(10));
		}
		return new OperationPlan(name, OperationType.JCO_REGIONAL, "CCWP", null, participants, Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, riskAreas,
				Set.of(modes[random.nextInt(modes.length)]), locations, phases, null);
	}

	private List<IndexedOperation> naiveBest(List<IndexedOperation> all, IndexedOperation draft, int limit) {
		return all.stream().filter(op -> scorer.score(draft, op) >= 0)
			.sorted(Comparator.comparingDouble((IndexedOperation op) -> scorer.score(draft, op)).reversed()
				.thenComparing(IndexedOperation::name))
			.limit(limit)
			.toList();
	}

	private void assertSameAsNaive(List<ScoredConflict> found, List<IndexedOperation> all, IndexedOperation draft,
			int limit) {
		var naive = naiveBest(all, draft, limit);
		assertThat(found).extracting(ScoredConflict::operation).containsExactlyElementsOf(naive);
		assertThat(found).extracting(ScoredConflict::score)
			.containsExactlyElementsOf(naive.stream().map(op -> scorer.score(draft, op)).toList());
		for (var conflict : found) {
			assertThat(conflict.reasons()).isEqualTo(scorer.explain(draft, conflict.operation()));
		}
	}

	private IndexedOperation put(DeconflictionIndex index, OperationPlan plan) {
		var operation = IndexedOperation.of(OperationId.random(), 0, plan, vocabulary);
		index.put(operation);
		return operation;
	}

	private IndexedOperation draft(OperationPlan plan) {
		return IndexedOperation.of(OperationId.random(), 0, plan, vocabulary);
	}

	private static Phase phase(LocalDate start, LocalDate end) {
		return new Phase(start, end);
	}

	private static Vocabulary vocabulary() {
		var vocabulary = new Vocabulary();
		vocabulary.define("DRUGS", "Drugs", null);
		vocabulary.define("COCAINE", "Cocaine", "DRUGS");
		vocabulary.define("TOBACCO", "Tobacco", null);
		vocabulary.define("CIGARETTES", "Cigarettes", "TOBACCO");
		vocabulary.define("RAW_TOBACCO", "Raw tobacco", "TOBACCO");
		vocabulary.define("HEROIN", "Heroin", "DRUGS");
		vocabulary.define("ALCOHOL", "Alcohol", null);
		for (var mode : List.of("ROAD", "RAIL", "MARITIME", "AIR")) {
			vocabulary.define(mode, mode, null);
		}
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
