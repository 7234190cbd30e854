package eu.jcohub.seizures;

import eu.jcohub.access.HandlingCode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A seizure report's index line: enough to know it exists and to open it. Its details are a read of the report,
 * which is audited.
 */
public record SeizureSummary(UUID id, String reference, String owner, LocalDate seizedOn, String goodsCategory,
		HandlingCode handlingCode) {
}
