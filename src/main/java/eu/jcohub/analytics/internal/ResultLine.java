package eu.jcohub.analytics.internal;

import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;

/**
 * The validated reports' sums for one operation, phase, reporting administration, risk area and unit (the last two
 * empty when the reports gave none).
 *
 * @param hits reports that found an infringement
 */
public record ResultLine(OperationId operationId, int phase, String administration, String riskArea, String unit,
		long reports, long controls, long seizures, long hits, long controlled, BigDecimal quantity,
		BigDecimal valueEur) {
}
