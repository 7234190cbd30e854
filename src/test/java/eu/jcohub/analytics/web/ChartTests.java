package eu.jcohub.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The table shows numbers grouped as the reader's language groups them; the download keeps them plain. */
class ChartTests {

	private final Chart chart = new Chart("funding", "Funding", "", List.of("programme", "requested"),
			List.of(new Chart.Row("Union Anti-Fraud Programme", List.of("132466.77"), 132466.77)));

	@Test
	void numbersAreGroupedByThousandsWithTheirDecimalsAndWordsStayAsTheyAre() {
		assertThat(chart.shown("132466.77", Locale.ENGLISH)).isEqualTo("132,466.77");
		assertThat(chart.shown("2020000", Locale.ENGLISH)).isEqualTo("2,020,000");
		assertThat(chart.shown("-12.5", Locale.ENGLISH)).isEqualTo("-12.5");
		assertThat(chart.shown("132466.77", Locale.GERMAN)).isEqualTo("132.466,77");
		assertThat(chart.shown("litres", Locale.ENGLISH)).isEqualTo("litres");
		assertThat(chart.shown("", Locale.ENGLISH)).isEmpty();
	}

	@Test
	void theDownloadKeepsThePlainNumber() {
		assertThat(chart.csv()).contains("Union Anti-Fraud Programme,132466.77");
	}
}
