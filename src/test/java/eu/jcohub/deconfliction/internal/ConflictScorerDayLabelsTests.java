package eu.jcohub.deconfliction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.Phase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The explanations' days, put together by hand, read exactly as the formatter writes them. */
class ConflictScorerDayLabelsTests {

	@Test
	void everyDayAPhaseCanHaveIsWrittenAsTheFormatterWritesIt() {
		for (var day = Phase.EARLIEST; !day.isAfter(Phase.LATEST); day = day.plusDays(1)) {
			assertThat(DayLabels.dayMonth(day)).isEqualTo(day.format(DayLabels.DAY_MONTH));
			assertThat(DayLabels.dayMonthYear(day)).isEqualTo(day.format(DayLabels.DAY_MONTH_YEAR));
		}
	}

	@Test
	void yearsWithoutFourDigitsAreLeftToTheFormatter() {
		for (var day : new LocalDate[] { LocalDate.of(999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(5, 9, 3) }) {
			assertThat(DayLabels.dayMonthYear(day)).isEqualTo(day.format(DayLabels.DAY_MONTH_YEAR));
		}
	}
}
