package eu.jcohub.seizures;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A field report as one user may see it: {@code subject} is empty unless they may see personal data; what the
 * OCU asked, the reporter answered or why the report was rejected; and what the user may do with it.
 */
public record FieldReportView(UUID id, OperationId operationId, String reference, ReportType type, ReportState state,
		@Nullable Integer phase, boolean late, Instant occurredAt, String owner, @Nullable String locationCode,
		@Nullable String place, @Nullable String transportMode, @Nullable String riskArea,
		@Nullable BigDecimal quantity, @Nullable String unit, @Nullable BigDecimal valueEur,
		@Nullable BigDecimal dutiesEur, @Nullable String concealment, @Nullable String routeFrom,
		@Nullable String routeTo, List<String> identifiers, @Nullable UUID profileId, @Nullable String controlledKind,
		int controlledCount, @Nullable ControlResult result, @Nullable String summary, @Nullable String question,
		@Nullable String answer, @Nullable String rejectReason, String reportedBy, Instant reportedAt,
		HandlingCode handlingCode, Subject subject, boolean personalDataVisible, long version, boolean mayValidate,
		boolean mayAnswer, boolean mayAmend) {

	public FieldReportView {
		identifiers = List.copyOf(identifiers);
	}
}
