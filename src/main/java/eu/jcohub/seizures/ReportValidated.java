package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The OCU validated a field report: from now on it counts in the operation's figures. Carries the facts the figures
 * are made of and nothing that identifies a person or a company.
 *
 * @param phase the operational phase the report belongs to, from 1
 * @param administration the reporting organisation's code
 * @param locationCode the border point, port or airport, when known
 * @param profileId the risk profile that selected the control or hit, if any
 * @param profileName the profile's name as shown to users, if any
 * @param controlledCount how many vehicles, containers, consignments or passengers a control covered (0 for a seizure)
 * @param infringement whether the report found an infringement (always true for a seizure)
 */
public record ReportValidated(UUID reportId, OperationId operationId, int phase, ReportType type, Instant occurredAt,
		String administration, @Nullable String locationCode, @Nullable String transportMode, @Nullable String riskArea,
		@Nullable UUID profileId, @Nullable String profileName, @Nullable BigDecimal quantity, @Nullable String unit,
		@Nullable BigDecimal valueEur, @Nullable BigDecimal dutiesEur, int controlledCount, boolean infringement,
		Instant validatedAt) {
}
