package eu.jcohub.funding;

import static eu.jcohub.funding.FundingFixtures.REPORT_PROGRAMMES;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.PolicyDomain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the programmes in the Council report, programme by competence by domain by cost category. */
class EligibilityAdvisorTests {

	private static final LocalDate START = LocalDate.of(2011, 5, 2);
	private static final LocalDate END = LocalDate.of(2011, 5, 13);
	/** A thousand euro in every category, so that every category's share shows. */
	private static final Budget EVERY_CATEGORY = new Budget(Arrays.stream(CostCategory.values())
		.map(category -> new BudgetLine(category, "DK-CUSTOMS", new BigDecimal("1000"), "")).toList(), false, null);

	private final EligibilityAdvisor advisor = FundingFixtures.advisor();

	@ParameterizedTest(name = "{0} for {1} in {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			REG-515-97   | EXCLUSIVE_EU | CUSTOMS             | PARTLY       | partly: Council Regulation (EC) 515/97 operational budget applies to operations in exclusive EU competence in customs; it pays 100 % of travel, accommodation, subsistence, interpretation, equipment, meeting costs
			REG-515-97   | EXCLUSIVE_EU | FINANCIAL_INTERESTS | NOT_ELIGIBLE | not eligible: Council Regulation (EC) 515/97 operational budget applies only to customs; this operation is in the protection of EU financial interests
			REG-515-97   | EXCLUSIVE_EU | CRIME_PREVENTION    | NOT_ELIGIBLE | not eligible: Council Regulation (EC) 515/97 operational budget applies only to customs; this operation is in crime prevention
			REG-515-97   | SHARED       | CUSTOMS             | NOT_ELIGIBLE | not eligible: Council Regulation (EC) 515/97 operational budget applies only to operations in exclusive EU competence; this operation is in shared EU and Member State competence
			REG-515-97   | SHARED       | FINANCIAL_INTERESTS | NOT_ELIGIBLE | not eligible: Council Regulation (EC) 515/97 operational budget applies only to operations in exclusive EU competence; this operation is in shared EU and Member State competence
			REG-515-97   | SHARED       | CRIME_PREVENTION    | NOT_ELIGIBLE | not eligible: Council Regulation (EC) 515/97 operational budget applies only to operations in exclusive EU competence; this operation is in shared EU and Member State competence
			HERCULE-II   | EXCLUSIVE_EU | CUSTOMS             | PARTLY       | partly: HERCULE II applies to operations in exclusive EU competence in customs; it pays 80 % of travel, accommodation, subsistence, interpretation, equipment, meeting costs
			HERCULE-II   | EXCLUSIVE_EU | FINANCIAL_INTERESTS | PARTLY       | partly: HERCULE II applies to operations in exclusive EU competence in the protection of EU financial interests; it pays 80 % of travel, accommodation, subsistence, interpretation, equipment, meeting costs
			HERCULE-II   | EXCLUSIVE_EU | CRIME_PREVENTION    | NOT_ELIGIBLE | not eligible: HERCULE II applies only to customs or the protection of EU financial interests; this operation is in crime prevention
			HERCULE-II   | SHARED       | CUSTOMS             | NOT_ELIGIBLE | not eligible: HERCULE II applies only to operations in exclusive EU competence; this operation is in shared EU and Member State competence
			HERCULE-II   | SHARED       | FINANCIAL_INTERESTS | NOT_ELIGIBLE | not eligible: HERCULE II applies only to operations in exclusive EU competence; this operation is in shared EU and Member State competence
			HERCULE-II   | SHARED       | CRIME_PREVENTION    | NOT_ELIGIBLE | not eligible: HERCULE II applies only to operations in exclusive EU competence; this operation is in shared EU and Member State competence
			CUSTOMS-2013 | EXCLUSIVE_EU | CUSTOMS             | PARTLY       | partly: Customs 2013 applies to operations in exclusive EU competence in customs; it pays 100 % of travel, accommodation, subsistence, meeting costs
			CUSTOMS-2013 | EXCLUSIVE_EU | FINANCIAL_INTERESTS | NOT_ELIGIBLE | not eligible: Customs 2013 applies only to customs; this operation is in the protection of EU financial interests
			CUSTOMS-2013 | EXCLUSIVE_EU | CRIME_PREVENTION    | NOT_ELIGIBLE | not eligible: Customs 2013 applies only to customs; this operation is in crime prevention
			CUSTOMS-2013 | SHARED       | CUSTOMS             | PARTLY       | partly: Customs 2013 applies to operations in shared EU and Member State competence in customs; it pays 100 % of travel, accommodation, subsistence, meeting costs
			CUSTOMS-2013 | SHARED       | FINANCIAL_INTERESTS | NOT_ELIGIBLE | not eligible: Customs 2013 applies only to customs; this operation is in the protection of EU financial interests
			CUSTOMS-2013 | SHARED       | CRIME_PREVENTION    | NOT_ELIGIBLE | not eligible: Customs 2013 applies only to customs; this operation is in crime prevention
			ISEC         | EXCLUSIVE_EU | CUSTOMS             | NOT_ELIGIBLE | not eligible: ISEC (Prevention of and Fight against Crime) applies only to operations in shared EU and Member State competence; this operation is in exclusive EU competence
			ISEC         | EXCLUSIVE_EU | FINANCIAL_INTERESTS | NOT_ELIGIBLE | not eligible: ISEC (Prevention of and Fight against Crime) applies only to operations in shared EU and Member State competence; this operation is in exclusive EU competence
			ISEC         | EXCLUSIVE_EU | CRIME_PREVENTION    | NOT_ELIGIBLE | not eligible: ISEC (Prevention of and Fight against Crime) applies only to operations in shared EU and Member State competence; this operation is in exclusive EU competence
			ISEC         | SHARED       | CUSTOMS             | NOT_ELIGIBLE | not eligible: ISEC (Prevention of and Fight against Crime) applies only to crime prevention; this operation is in customs
			ISEC         | SHARED       | FINANCIAL_INTERESTS | NOT_ELIGIBLE | not eligible: ISEC (Prevention of and Fight against Crime) applies only to crime prevention; this operation is in the protection of EU financial interests
			ISEC         | SHARED       | CRIME_PREVENTION    | PARTLY       | partly: ISEC (Prevention of and Fight against Crime) applies to operations in shared EU and Member State competence in crime prevention; it pays 80 % of travel, accommodation, subsistence, interpretation, equipment, meeting costs
			""")
	void judgesEachProgrammeByCompetenceAndDomainWithTheReasonInWords(String code, Competence competence,
			PolicyDomain domain, Verdict verdict, String reason) {
		var report = advisor.assess(new OperationFacts(competence, domain, START, END), EVERY_CATEGORY, REPORT_PROGRAMMES,
				Scenario.RULES_IN_FORCE);

		var programme = report.programme(code);
		assertThat(programme.verdict()).isEqualTo(verdict);
		assertThat(programme.reasons().get(0)).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{0}, {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			REG-515-97   | TRAVEL         | 1000.00 | paid at 100 %
			REG-515-97   | ACCOMMODATION  | 1000.00 | paid at 100 %
			REG-515-97   | SUBSISTENCE    | 1000.00 | paid at 100 %
			REG-515-97   | INTERPRETATION | 1000.00 | paid at 100 %
			REG-515-97   | EQUIPMENT      | 1000.00 | paid at 100 %
			REG-515-97   | MEETINGS       | 1000.00 | paid at 100 %
			REG-515-97   | STAFF_PLANNING | 0.00    | resources to plan an operation are not fundable: the lead administration pays them
			REG-515-97   | VAT            | 0.00    | VAT is not financed by the programmes
			HERCULE-II   | TRAVEL         | 800.00  | paid at 80 %
			HERCULE-II   | ACCOMMODATION  | 800.00  | paid at 80 %
			HERCULE-II   | SUBSISTENCE    | 800.00  | paid at 80 %
			HERCULE-II   | INTERPRETATION | 800.00  | paid at 80 %
			HERCULE-II   | EQUIPMENT      | 800.00  | paid at 80 %
			HERCULE-II   | MEETINGS       | 800.00  | paid at 80 %
			HERCULE-II   | STAFF_PLANNING | 0.00    | resources to plan an operation are not fundable: the lead administration pays them
			HERCULE-II   | VAT            | 0.00    | VAT is not financed by the programmes
			CUSTOMS-2013 | TRAVEL         | 1000.00 | paid at 100 %
			CUSTOMS-2013 | ACCOMMODATION  | 1000.00 | paid at 100 %
			CUSTOMS-2013 | SUBSISTENCE    | 1000.00 | paid at 100 %
			CUSTOMS-2013 | INTERPRETATION | 0.00    | Customs 2013 does not pay interpretation
			CUSTOMS-2013 | EQUIPMENT      | 0.00    | Customs 2013 does not pay equipment
			CUSTOMS-2013 | MEETINGS       | 1000.00 | paid at 100 %
			CUSTOMS-2013 | STAFF_PLANNING | 0.00    | resources to plan an operation are not fundable: the lead administration pays them
			CUSTOMS-2013 | VAT            | 0.00    | VAT is not financed by the programmes
			""")
	void paysEachCostCategoryAtTheProgrammesRateOrSaysWhyNot(String code, CostCategory category, BigDecimal paid,
			String reason) {
		var report = advisor.assess(new OperationFacts(Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, START, END),
				EVERY_CATEGORY, REPORT_PROGRAMMES, Scenario.RULES_IN_FORCE);

		var share = report.programme(code).category(category);
		assertThat(share.coveredAmount()).isEqualByComparingTo(paid);
		assertThat(share.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{0} in crime prevention, shared: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ISEC         | TRAVEL         | 800.00 | paid at 80 %
			ISEC         | EQUIPMENT      | 800.00 | paid at 80 %
			ISEC         | STAFF_PLANNING | 0.00   | resources to plan an operation are not fundable: the lead administration pays them
			ISEC         | VAT            | 0.00   | VAT is not financed by the programmes
			REG-515-97   | TRAVEL         | 0.00   | Council Regulation (EC) 515/97 operational budget does not apply to this operation
			HERCULE-II   | VAT            | 0.00   | HERCULE II does not apply to this operation
			CUSTOMS-2013 | MEETINGS       | 0.00   | Customs 2013 does not apply to this operation
			""")
	void paysNothingOfAnyCategoryWhereTheProgrammeDoesNotApply(String code, CostCategory category, BigDecimal paid,
			String reason) {
		var report = advisor.assess(new OperationFacts(Competence.SHARED, PolicyDomain.CRIME_PREVENTION, START, END),
				EVERY_CATEGORY, REPORT_PROGRAMMES, Scenario.RULES_IN_FORCE);

		var share = report.programme(code).category(category);
		assertThat(share.coveredAmount()).isEqualByComparingTo(paid);
		assertThat(share.reason()).isEqualTo(reason);
	}

	@Test
	void countsAProgrammeOnlyWhenItIsInForceOnEveryDayOfTheOperation() {
		var report = advisor.assess(new OperationFacts(Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS,
				LocalDate.of(2013, 12, 20), LocalDate.of(2014, 1, 8)), EVERY_CATEGORY, REPORT_PROGRAMMES,
				Scenario.RULES_IN_FORCE);

		assertThat(report.programme("HERCULE-II").verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
		assertThat(report.programme("HERCULE-II").reasons()).containsExactly(
				"not eligible: HERCULE II was in force from 2007-01-01 to 2013-12-31; this operation runs from 2013-12-20 to 2014-01-08");
		assertThat(report.programme("REG-515-97").applies()).isTrue();
	}

	@Test
	void saysWhatTheBestProgrammePaysAndWhatRemainsForTheParticipants() {
		var report = advisor.assess(new OperationFacts(Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS, START,
				END), EVERY_CATEGORY, REPORT_PROGRAMMES, Scenario.RULES_IN_FORCE);

		assertThat(report.bestProgramme()).isEqualTo("HERCULE-II");
		assertThat(report.total()).isEqualByComparingTo("8000.00");
		assertThat(report.covered()).isEqualByComparingTo("4800.00");
		assertThat(report.remains().coFinancing()).isEqualByComparingTo("1200.00");
		assertThat(report.remains().vat()).isEqualByComparingTo("1000.00");
		assertThat(report.remains().planning()).isEqualByComparingTo("1000.00");
		assertThat(report.remains().total()).isEqualByComparingTo("3200.00");
	}

	@Test
	void theFullCoverageMechanismPaysEverythingWhateverTheCompetenceButOnlyInForce() {
		var facts = new OperationFacts(Competence.SHARED, PolicyDomain.CUSTOMS, START, END);
		var inForce = advisor.assess(facts, EVERY_CATEGORY, REPORT_PROGRAMMES, Scenario.RULES_IN_FORCE);
		var full = advisor.assess(facts, EVERY_CATEGORY, REPORT_PROGRAMMES, Scenario.FULL_COVERAGE);

		assertThat(inForce.programme("REG-515-97").verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
		assertThat(full.programme("REG-515-97").verdict()).isEqualTo(Verdict.ELIGIBLE);
		assertThat(full.programme("REG-515-97").reasons()).containsExactly("under the 100 % mechanism Council Regulation "
				+ "(EC) 515/97 operational budget would pay all costs whatever the competence, VAT and planning included");
		assertThat(full.covered()).isEqualByComparingTo("8000.00");
		assertThat(full.remains().total()).isEqualByComparingTo("0.00");
		assertThat(inForce.covered()).isEqualByComparingTo("4000.00");
		var later = advisor.assess(new OperationFacts(Competence.SHARED, PolicyDomain.CUSTOMS, LocalDate.of(2015, 3, 2),
				LocalDate.of(2015, 3, 9)), EVERY_CATEGORY, List.of(FundingFixtures.ISEC), Scenario.FULL_COVERAGE);
		assertThat(later.programme("ISEC").verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
	}

	@Test
	void roundsEachShareHalfUpToTheCentOnce() {
		var budget = new Budget(List.of(new BudgetLine(CostCategory.TRAVEL, "FI-CUSTOMS", new BigDecimal("0.05"), ""),
				new BudgetLine(CostCategory.TRAVEL, "DE-CUSTOMS", new BigDecimal("0.05"), ""),
				new BudgetLine(CostCategory.MEETINGS, "CENTRAL", new BigDecimal("1234.57"), "")), false, null);
		var report = advisor.assess(new OperationFacts(Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS, START,
				END), budget, List.of(FundingFixtures.HERCULE_II), Scenario.RULES_IN_FORCE);

		// 80 % of 0.10 is 0.08; of 1,234.57 it is 987.656, rounded half up to 987.66.
		assertThat(report.programme("HERCULE-II").category(CostCategory.TRAVEL).coveredAmount()).isEqualTo("0.08");
		assertThat(report.covered()).isEqualTo(new BigDecimal("987.74"));
		assertThat(report.remains().coFinancing()).isEqualTo(new BigDecimal("246.93"));
		assertThat(report.covered().add(report.remains().total())).isEqualTo(budget.total());
	}

	@Test
	void judgesAProgrammeWithoutABudgetOnItsRulesAlone() {
		var report = advisor.assess(new OperationFacts(Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, START, END),
				Budget.empty(), REPORT_PROGRAMMES, Scenario.RULES_IN_FORCE);

		assertThat(report.programme("REG-515-97").verdict()).isEqualTo(Verdict.PARTLY);
		assertThat(report.programme("REG-515-97").reasons().get(1))
			.isEqualTo("it does not pay staff and planning costs, value added tax (VAT): the participants pay them");
		assertThat(report.total()).isEqualByComparingTo("0");
	}
}
