package eu.jcohub.deconfliction.internal;

import static eu.jcohub.deconfliction.internal.DeconflictionIndexTests.plan;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.Phase;
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

	private void assertSameAsNaive(List<ScoredConflict> found, List<IndexedOperation> all, IndexedOperation draft,
			int limit) {
		var naive = all.stream().filter(op -> scorer.score(draft, op) >= 0)
			.sorted(Comparator.comparingDouble((IndexedOperation op) -> scorer.score(draft, op)).reversed()
				.thenComparing(IndexedOperation::name))
			.limit(limit)
			.toList();
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
		vocabulary.define("ALCOHOL", "Alcohol", null);
		for (var mode : List.of("ROAD", "RAIL", "MARITIME", "AIR")) {
			vocabulary.define(mode, mode, null);
		}
		for (var country : List.of("FI", "EE", "PL", "DE")) {
			vocabulary.define(country, country, null);
		}
		return vocabulary;
	}
}
