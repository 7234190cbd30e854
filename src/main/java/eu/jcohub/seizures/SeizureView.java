package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.protection.PersonalDataCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A seizure report as one user may see it. {@code subject} is empty unless the user may see personal data
 * ({@code personalDataVisible}); {@code anonymised} lists the categories erased under the retention rules.
 */
public record SeizureView(UUID id, OperationId operationId, String operationName, String reference, String owner,
		LocalDate seizedOn, @Nullable String locationCode, @Nullable String place, String goodsCategory,
		String description, @Nullable BigDecimal quantity, @Nullable String unit, @Nullable BigDecimal estimatedValueEur,
		HandlingCode handlingCode, String marking, List<String> namedOrganisations, Subject subject,
		boolean personalDataVisible, Set<PersonalDataCategory> anonymised, String reportedBy, Instant reportedAt,
		long version, boolean amendable) {

	public SeizureView {
		namedOrganisations = List.copyOf(namedOrganisations);
		anonymised = Set.copyOf(anonymised);
	}
}
