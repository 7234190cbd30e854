package eu.jcohub.funding;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lead-time statistics on a known history, and the warnings they give an operation. */
class LeadTimeTests {

	private static final LocalDate TODAY = LocalDate.of(2010, 11, 20);

	@Test
	void medianAndEightiethPercentileOfAKnownHistory() {
		var stats = LeadTimeStats.of(FundingFixtures.HERCULE_II, List.of(300L, 240L, 270L, 330L, 280L));

		assertThat(stats.decisions()).isEqualTo(5);
		assertThat(stats.medianDays()).isEqualTo(280.0);
		// Nearest rank: the 4th of 5 sorted (240, 270, 280, 300, 330).
		assertThat(stats.percentile80Days()).isEqualTo(300L);
		assertThat(stats.expectedDays()).isEqualTo(300);
	}

	@Test
	void anEvenHistoryHasTheMeanOfItsMiddleTwoAsMedian() {
		var stats = LeadTimeStats.of(FundingFixtures.REG_515, List.of(100L, 110L, 130L, 200L));

		assertThat(stats.medianDays()).isEqualTo(120.0);
		assertThat(stats.percentile80Days()).isEqualTo(200L);
		assertThat(stats.expectedDays()).isEqualTo(200);
	}

	@Test
	void withTooLittleHistoryTheTypicalLeadTimeCounts() {
		var stats = LeadTimeStats.of(FundingFixtures.REG_515, List.of(400L, 410L));

		assertThat(stats.expectedDays()).isEqualTo(120);
		assertThat(LeadTimeStats.of(FundingFixtures.REG_515, List.of()).medianDays()).isNull();
	}

	@Test
	void warnsWhenTheLatestDayToApplyHasPassedAndSaysItWhenNot() {
		var start = LocalDate.of(2011, 4, 4);
		var advice = advise(start, List.of());

		var hercule = advice.stream().filter(a -> a.programme().equals("HERCULE-II")).findFirst().orElseThrow();
		assertThat(hercule.warning()).isTrue();
		assertThat(hercule.latestToApply()).isEqualTo(start.minusDays(300));
		assertThat(hercule.text()).isEqualTo("Too late for HERCULE II: the latest day to apply was 2010-06-08 for a "
				+ "decision before the start on 2011-04-04 (a decision typically takes 300 days).");
		var regulation = advice.stream().filter(a -> a.programme().equals("REG-515-97")).findFirst().orElseThrow();
		assertThat(regulation.warning()).isFalse();
		assertThat(regulation.text()).startsWith("Apply to Council Regulation (EC) 515/97 operational budget by 2010-12-05");
	}

	@Test
	void warnsWhenAPendingApplicationsDecisionIsExpectedAfterTheStart() {
		var start = LocalDate.of(2011, 3, 1);
		var pending = new FundingApplication(UUID.randomUUID(), new OperationId(UUID.randomUUID()), "REG-515-97",
				new BigDecimal("1000.00"), LocalDate.of(2010, 11, 15), null, null, ApplicationStatus.SUBMITTED, "");

		var advice = advise(start, List.of(pending)).stream().filter(a -> a.programme().equals("REG-515-97")).findFirst()
			.orElseThrow();

		assertThat(advice.warning()).isTrue();
		assertThat(advice.text()).contains("expected around 2011-03-15");
	}

	private static List<LeadTimeAdvice> advise(LocalDate start, List<FundingApplication> applications) {
		var facts = new OperationFacts(Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, start, start.plusDays(9));
		var report = FundingFixtures.advisor().assess(facts, Budget.empty(), FundingFixtures.REPORT_PROGRAMMES,
				Scenario.RULES_IN_FORCE);
		var stats = FundingFixtures.REPORT_PROGRAMMES.stream().map(p -> LeadTimeStats.of(p, List.of())).toList();
		return new LeadTimeAdvisor(FundingFixtures.words(), LocalDate::toString).advise(report, stats, applications, start,
				TODAY);
	}
}
