package eu.jcohub.funding;

import static eu.jcohub.funding.CostCategory.ACCOMMODATION;
import static eu.jcohub.funding.CostCategory.EQUIPMENT;
import static eu.jcohub.funding.CostCategory.INTERPRETATION;
import static eu.jcohub.funding.CostCategory.MEETINGS;
import static eu.jcohub.funding.CostCategory.SUBSISTENCE;
import static eu.jcohub.funding.CostCategory.TRAVEL;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.PolicyDomain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The four programmes of the Council report as the catalogue seeds them, and the funding bundle's words. */
final class FundingFixtures {

	static final Programme REG_515 = new Programme("REG-515-97", "Council Regulation (EC) 515/97 operational budget",
			LocalDate.of(1997, 3, 13), null, new BigDecimal("100"), Set.of(Competence.EXCLUSIVE_EU),
			Set.of(PolicyDomain.CUSTOMS), Set.of(TRAVEL, ACCOMMODATION, SUBSISTENCE, INTERPRETATION, EQUIPMENT, MEETINGS),
			120, "");
	static final Programme HERCULE_II = new Programme("HERCULE-II", "HERCULE II", LocalDate.of(2007, 1, 1),
			LocalDate.of(2013, 12, 31), new BigDecimal("80"), Set.of(Competence.EXCLUSIVE_EU),
			Set.of(PolicyDomain.FINANCIAL_INTERESTS, PolicyDomain.CUSTOMS),
			Set.of(TRAVEL, ACCOMMODATION, SUBSISTENCE, INTERPRETATION, EQUIPMENT, MEETINGS), 300, "");
	static final Programme CUSTOMS_2013 = new Programme("CUSTOMS-2013", "Customs 2013", LocalDate.of(2008, 1, 1),
			LocalDate.of(2013, 12, 31), new BigDecimal("100"), Set.of(Competence.EXCLUSIVE_EU, Competence.SHARED),
			Set.of(PolicyDomain.CUSTOMS), Set.of(TRAVEL, ACCOMMODATION, SUBSISTENCE, MEETINGS), 270, "");
	static final Programme ISEC = new Programme("ISEC", "ISEC (Prevention of and Fight against Crime)",
			LocalDate.of(2007, 1, 1), LocalDate.of(2013, 12, 31), new BigDecimal("80"), Set.of(Competence.SHARED),
			Set.of(PolicyDomain.CRIME_PREVENTION),
			Set.of(TRAVEL, ACCOMMODATION, SUBSISTENCE, INTERPRETATION, EQUIPMENT, MEETINGS), 300, "");
	static final List<Programme> REPORT_PROGRAMMES = List.of(REG_515, HERCULE_II, CUSTOMS_2013, ISEC);

	private FundingFixtures() {
	}

	static Words words() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/funding");
		source.setDefaultEncoding("UTF-8");
		source.setAlwaysUseMessageFormat(false);
		return (key, arguments) -> source.getMessage(key, arguments, Locale.ENGLISH);
	}

	static EligibilityAdvisor advisor() {
		return new EligibilityAdvisor(words(), LocalDate::toString);
	}
}
