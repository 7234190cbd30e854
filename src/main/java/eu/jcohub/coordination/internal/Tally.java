package eu.jcohub.coordination.internal;

import java.math.BigDecimal;

/**
 * What validated reports added up to under one key of one dimension (in one phase, or summed over phases).
 *
 * @param controls control reports
 * @param controlled what those controls covered (vehicles, containers, consignments, passengers)
 * @param seizures seizure reports
 * @param infringements reports (controls or seizures) that found an infringement
 * @param quantity the quantities seized (meaningful per unit only)
 */
public record Tally(Dimension dimension, String key, long controls, long controlled, long seizures, long infringements,
		BigDecimal quantity, BigDecimal valueEur, BigDecimal dutiesEur) {

	public Tally plus(Tally other) {
		return new Tally(dimension, key, controls + other.controls, controlled + other.controlled,
				seizures + other.seizures, infringements + other.infringements, quantity.add(other.quantity),
				valueEur.add(other.valueEur), dutiesEur.add(other.dutiesEur));
	}
}
