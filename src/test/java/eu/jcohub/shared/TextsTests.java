package eu.jcohub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTests {

	@Test
	void aLikePatternMatchesTheTextAsTypedWithItsWildcardsAndEscapeCharacterEscaped() {
		assertThat(Texts.likeContaining("ann")).isEqualTo("%ann%");
		assertThat(Texts.likeContaining("%%%")).isEqualTo("%\\%\\%\\%%");
		assertThat(Texts.likeContaining("a_b")).isEqualTo("%a\\_b%");
		assertThat(Texts.likeContaining("back\\slash")).isEqualTo("%back\\\\slash%");
		assertThat(Texts.likeContaining("ends\\")).as("a trailing backslash escapes nothing").isEqualTo("%ends\\\\%");
	}

	@Test
	void lettersAreCountedInEveryAlphabetAndNothingElseCounts() {
		assertThat(Texts.letters("%%%")).isZero();
		assertThat(Texts.letters("a_%b")).isEqualTo(2);
		assertThat(Texts.letters("Øre")).isEqualTo(3);
		assertThat(Texts.letters("Σωκ")).isEqualTo(3);
		assertThat(Texts.letters("12-3")).isZero();
		assertThat(Texts.letters(null)).isZero();
	}
}
