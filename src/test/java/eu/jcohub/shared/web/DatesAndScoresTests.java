package eu.jcohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** One way to write a day, a period, a moment and a score, from the message bundle, without Spring. */
class DatesAndScoresTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
	{
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	private final Dates dates = new Dates(messages);
	private final Scores scores = new Scores(messages);

	@Test
	void aDayAPeriodAndAMomentAreWrittenOneWay() {
		assertThat(dates.day(LocalDate.of(2041, 5, 4), Locale.ENGLISH)).isEqualTo("4 May 2041");
		assertThat(dates.range(LocalDate.of(2041, 5, 4), LocalDate.of(2041, 5, 10), Locale.ENGLISH))
			.isEqualTo("4 May 2041 – 10 May 2041");
		assertThat(dates.moment(Instant.parse("2041-05-04T06:07:08Z"), Locale.ENGLISH))
			.isEqualTo("4 May 2041, 06:07 UTC");
		assertThat(dates.day(null, Locale.ENGLISH)).isEqualTo("—");
	}

	@Test
	void aScoreIsAWholeNumberOutOfAHundred() {
		assertThat(scores.shown(95.7, Locale.ENGLISH)).isEqualTo("score 96 of 100");
		assertThat(scores.shown(95.5, Locale.ENGLISH)).isEqualTo("score 96 of 100");
		assertThat(scores.shown(40.49, Locale.ENGLISH)).isEqualTo("score 40 of 100");
		assertThat(Scores.whole(100.2)).isEqualTo(100);
	}
}
