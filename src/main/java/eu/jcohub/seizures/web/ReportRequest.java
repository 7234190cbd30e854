package eu.jcohub.seizures.web;

import eu.jcohub.seizures.ReportDraft;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A control or a seizure as the API takes it; in a bulk submission each item carries its own
 * {@code idempotencyKey}.
 */
record ReportRequest(@Nullable String type, @Nullable Integer phase, @Nullable String occurredAt,
		@Nullable String location, @Nullable String transportMode, @Nullable String riskArea,
		@Nullable BigDecimal quantity, @Nullable String unit, @Nullable BigDecimal valueEur,
		@Nullable BigDecimal dutiesEur, @Nullable String concealment, @Nullable String routeFrom,
		@Nullable String routeTo, @Nullable List<String> identifiers, @Nullable String profileId,
		@Nullable String controlledKind, @Nullable Integer controlledCount, @Nullable String result,
		@Nullable String summary, @Nullable String handlingCode, @Nullable String personName,
		@Nullable LocalDate personBirthDate, @Nullable String documentNumber, @Nullable String companyName,
		@Nullable String companyRegistrationNumber, @Nullable String idempotencyKey) {

	ReportDraft toDraft() {
		return new ReportDraft(type, phase, occurredAt, location, transportMode, riskArea, quantity, unit, valueEur,
				dutiesEur, concealment, routeFrom, routeTo, identifiers, profileId, controlledKind, controlledCount, result,
				summary, handlingCode, personName, personBirthDate, documentNumber, companyName, companyRegistrationNumber);
	}
}
