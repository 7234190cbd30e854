package eu.jcohub.deconfliction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.deconfliction.ConflictReason;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the explanations say a pair has in common: every item once, alphabetically, a parent before its child. */
class ConflictScorerExplanationTests {

	private static final int JUNE_1 = (int) LocalDate.of(2027, 6, 1).toEpochDay();
	private final Vocabulary vocabulary = new Vocabulary();
	private final ConflictScorer scorer = new ConflictScorer(DeconflictionSettings.defaults(), vocabulary);

	@Test
	void severalItemsInCommonAreListedAlphabeticallyWhateverTheOrderOfTheirCodes() {
		// Defined (and so numbered) against the alphabet.
		vocabulary.define("SE", "SE", null);
		vocabulary.define("FI", "FI", null);
		vocabulary.define("EE", "EE", null);
		vocabulary.define("WEAPONS", "Weapons", null);
		vocabulary.define("ALCOHOL", "Alcohol", null);
		vocabulary.define("ROAD", "Road", null);
		var a = operation("A", ids("SE", "FI", "EE"), ids("WEAPONS", "ALCOHOL"), ids("ROAD"));
		var b = operation("B", ids("EE", "SE", "FI"), ids("ALCOHOL", "WEAPONS"), ids("ROAD"));

		assertThat(details(scorer.explain(a, b))).containsExactly("DATES: 7 days in common (1–7 Jun 2027)",
				"PARTICIPANTS: EE, FI, SE take part in both", "RISK_AREAS: both target alcohol, weapons",
				"TRANSPORT_MODES: both control road");
	}

	@Test
	void twoItemsOfTheSameNameAreListedOnceAndAParentBeforeItsChild() {
		vocabulary.define("FI", "FI", null);
		vocabulary.define("TOBACCO", "Tobacco", null);
		vocabulary.define("CIGARETTES", "Cigarettes", "TOBACCO");
		vocabulary.define("CASH_EUR", "Cash", null);
		vocabulary.define("CASH_USD", "Cash", null);
		vocabulary.define("ROAD", "Road", null);
		var a = operation("A", ids("FI"), ids("CIGARETTES", "CASH_EUR", "CASH_USD"), ids("ROAD"));
		var b = operation("B", ids("FI"), ids("TOBACCO", "CASH_EUR", "CASH_USD"), ids("ROAD"));

		assertThat(details(scorer.explain(a, b))).contains("RISK_AREAS: both target cash, tobacco (cigarettes)");
		assertThat(details(scorer.explain(b, a))).contains("RISK_AREAS: both target cash, tobacco (cigarettes)");
	}

	@Test
	void nothingInCommonGivesNoReasonForThatDimension() {
		vocabulary.define("FI", "FI", null);
		vocabulary.define("EE", "EE", null);
		vocabulary.define("ROAD", "Road", null);
		vocabulary.define("AIR", "Air", null);
		var a = operation("A", ids("FI"), ids(), ids("ROAD"));
		var b = operation("B", ids("EE", "FI"), ids(), ids("AIR"));

		assertThat(details(scorer.explain(a, b))).containsExactly("DATES: 7 days in common (1–7 Jun 2027)",
				"PARTICIPANTS: FI take part in both");
	}

	private int[] ids(String... codes) {
		return Arrays.stream(codes).mapToInt(vocabulary::intern).sorted().toArray();
	}

	private static IndexedOperation operation(String name, int[] parties, int[] risks, int[] modes) {
		return new IndexedOperation(OperationId.random(), name, "CCWP", 0, new int[] { JUNE_1 },
				new int[] { JUNE_1 + 6 }, parties, risks, modes, new int[0]);
	}

	private static List<String> details(List<ConflictReason> reasons) {
		return reasons.stream().map(r -> r.dimension() + ": " + r.detail()).toList();
	}
}
