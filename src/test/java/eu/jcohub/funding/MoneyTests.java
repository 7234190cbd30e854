package eu.jcohub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1250.5      | 1250.50
			'1,250.50'  | 1250.50
			€ 12        | 12.00
			0           | 0.00
			.5          | 0.50
			""")
	void readsAmountsAsTypedAtCents(String typed, BigDecimal amount) {
		assertThat(Money.parse(typed).amount()).isEqualTo(amount);
	}

	@ParameterizedTest(name = "\"{0}\" is refused: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			-1          | funding.amount.negative
			12.345      | funding.amount.cents
			twelve      | funding.amount.notNumber
			1e5         | funding.amount.notNumber
			NaN         | funding.amount.notNumber
			''          | funding.amount.required
			1000000000000 | funding.amount.tooLarge
			""")
	void refusesAmountsThatAreNotEuroAndCents(String typed, String problem) {
		var parsed = Money.parse(typed);
		assertThat(parsed.amount()).isNull();
		assertThat(parsed.problem()).isEqualTo(problem);
	}

	@ParameterizedTest(name = "{1} % of {0} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			0.01    | 80  | 0.01
			0.05    | 90  | 0.05
			1234.57 | 80  | 987.66
			100.00  | 12.5 | 12.50
			""")
	void sharesRoundHalfUpToTheCent(BigDecimal amount, BigDecimal percent, BigDecimal share) {
		assertThat(Money.share(amount, percent)).isEqualTo(share);
	}
}
