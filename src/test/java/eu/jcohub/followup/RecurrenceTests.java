package eu.jcohub.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The similarity measure behind "recurring": shared content words, same addressee. */
class RecurrenceTests {

	@Test
	void theSourceReportsTwoCallsForAPermanentStructureAreAlike() {
		var first = "to further explore the possibility of establishing a permanent structure/facilitation mechanism to "
				+ "assist MS especially in the planning and follow-up to JCOs;";
		var again = "further explore the possibility of establishing a permanent structure to facilitate this process.";
		assertThat(Recurrence.similarity(first, again)).isGreaterThanOrEqualTo(Recurrence.THRESHOLD);
	}

	@Test
	void recommendationsOnDifferentMattersAreNotAlike() {
		assertThat(Recurrence.alike("Test the division of the operational phase into two or more phases;",
				"Consider the possibilities of a broader coverage regarding risk areas, where possible;")).isFalse();
	}

	@Test
	void wordsCountOnceWhateverTheirCaseAccentsOrEndings() {
		assertThat(Recurrence.words("Facilitation, FACILITATE; Ré-used reused of to"))
			.containsExactlyInAnyOrder("facili", "used", "reused");
		assertThat(Recurrence.similarity("Share the final report", "share the FINAL reports")).isEqualTo(1.0);
		assertThat(Recurrence.similarity("", "anything")).isZero();
	}

	@Test
	void aRecommendationRecursOnlyWithAlikeOnesToTheSameAddressee() {
		var text = "Exchange the final report of each operation within two months of its end";
		var one = recommendation("DK-CUSTOMS", text);
		var again = recommendation("DK-CUSTOMS", "Exchange the final report of every operation within two months");
		var elsewhere = recommendation("FI-CUSTOMS", text);
		var other = recommendation("DK-CUSTOMS", "Train the officers in the use of scanners");

		var recurring = Recurrence.among(List.of(one, again, elsewhere, other));

		assertThat(recurring.get(one.id())).containsExactly(again.id());
		assertThat(recurring.get(again.id())).containsExactly(one.id());
		assertThat(recurring.get(elsewhere.id())).isEmpty();
		assertThat(recurring.get(other.id())).isEmpty();
	}

	private static Recommendation recommendation(String addressee, String text) {
		return new Recommendation(UUID.randomUUID(), "", "Debriefing", null, text, addressee, RecommendationStatus.OPEN, "", "",
				"someone", Instant.EPOCH, Instant.EPOCH, 0, List.of(), List.of());
	}
}
