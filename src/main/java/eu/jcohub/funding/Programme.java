package eu.jcohub.funding;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.PolicyDomain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A funding programme and its rules, as the catalogue holds them.
 *
 * @param validTo the programme's last day; none while it is in force without an end
 * @param coveragePercent the share of its eligible costs it pays
 * @param competences the competences of the operations it applies to
 * @param domains the policy domains it applies to
 * @param eligible the cost categories it pays; the others remain for the participants
 * @param typicalLeadDays how long a decision typically takes from the application
 */
public record Programme(String code, String name, LocalDate validFrom, @Nullable LocalDate validTo,
		BigDecimal coveragePercent, Set<Competence> competences, Set<PolicyDomain> domains, Set<CostCategory> eligible,
		int typicalLeadDays, String notes) {

	public Programme {
		competences = Set.copyOf(competences);
		domains = Set.copyOf(domains);
		eligible = Set.copyOf(eligible);
	}

	/** Whether the programme is in force on every day from {@code first} to {@code last}. */
	public boolean validDuring(LocalDate first, LocalDate last) {
		return !first.isBefore(validFrom) && (validTo == null || !last.isAfter(validTo));
	}
}
