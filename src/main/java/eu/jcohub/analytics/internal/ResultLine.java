package eu.jcohub.analytics.internal;

import java.math.BigDecimal;

/**
 * The validated reports' sums over many operations, for one kind of operation (split into phases or not), phase, risk
 * area and unit (the last two empty when the reports gave none).
 *
 * @param split whether the operations these reports are of ran in more than one phase
 * @param hits reports that found an infringement
 */
public record ResultLine(boolean split, int phase, String riskArea, String unit, long reports, long controls,
		long seizures, long hits, long controlled, BigDecimal quantity) {
}
