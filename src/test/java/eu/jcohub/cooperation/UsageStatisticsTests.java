package eu.jcohub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.cooperation.UsageStatistics.Counted;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageStatisticsTests {

	private static final List<Counted> KNOWN = List.of(
			new Counted(Article.CONTROLLED_DELIVERY, "DE", "PL", true, RequestStatus.ACCEPTED, 2L),
			new Counted(Article.CONTROLLED_DELIVERY, "DE", "PL", true, RequestStatus.REFUSED, 5L),
			new Counted(Article.CONTROLLED_DELIVERY, "FI", "EE", false, RequestStatus.ACCEPTED, 4L),
			new Counted(Article.CONTROLLED_DELIVERY, "DE", "PL", false, null, null),
			new Counted(Article.HOT_PURSUIT, "PL", "DE", true, RequestStatus.REFUSED, 0L));

	@Test
	void countsEachArticleWithItsAcceptanceRateAndAverageTimeToAnswer() {
		var statistics = UsageStatistics.of(KNOWN);

		assertThat(statistics.perArticle()).extracting(UsageStatistics.Line::article).containsExactly(20, 21, 22, 23, 24);
		var delivery = statistics.perArticle().get(2);
		assertThat(delivery.requests()).isEqualTo(4);
		assertThat(delivery.answered()).isEqualTo(3);
		assertThat(delivery.accepted()).isEqualTo(2);
		assertThat(delivery.acceptanceRate()).isEqualTo(67);
		assertThat(delivery.averageDaysToAnswer()).isEqualTo(3.7);
		var pursuit = statistics.perArticle().get(0);
		assertThat(pursuit.acceptanceRate()).isZero();
		assertThat(pursuit.averageDaysToAnswer()).isEqualTo(0.0);
	}

	@Test
	void anUnusedArticleHasNoRateAndNoTime() {
		var surveillance = UsageStatistics.of(KNOWN).perArticle().get(1);

		assertThat(surveillance.requests()).isZero();
		assertThat(surveillance.acceptanceRate()).isNull();
		assertThat(surveillance.averageDaysToAnswer()).isNull();
	}

	@Test
	void countsOverallPerPairAndInJointCustomsOperationsOrOutside() {
		var statistics = UsageStatistics.of(KNOWN);

		assertThat(statistics.overall().requests()).isEqualTo(5);
		assertThat(statistics.overall().answered()).isEqualTo(4);
		assertThat(statistics.overall().acceptanceRate()).isEqualTo(50);
		assertThat(statistics.overall().averageDaysToAnswer()).isEqualTo(2.8);
		assertThat(statistics.inJcos()).isEqualTo(3);
		assertThat(statistics.outsideJcos()).isEqualTo(2);
		assertThat(statistics.perPair()).containsExactly(new UsageStatistics.Pair("DE", "PL", 3),
				new UsageStatistics.Pair("FI", "EE", 1), new UsageStatistics.Pair("PL", "DE", 1));
	}
}
