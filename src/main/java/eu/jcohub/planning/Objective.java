package eu.jcohub.planning;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measurable objective of an operation: what it aims at, in words, and the figure it is measured by.
 *
 * @param riskArea the risk area counted, for metrics within one ({@link Metric#needsRiskArea()})
 * @param unit the unit of a quantity ({@link #UNITS})
 * @param target the figure to reach; none for an objective assessed by hand
 */
public record Objective(String description, Metric metric, @Nullable String riskArea, @Nullable String unit,
		@Nullable BigDecimal target) {

	/** Units of seized quantities. */
	public static final List<String> UNITS = List.of("KG", "G", "L", "PIECES", "STICKS", "CONTAINERS", "EUR");
}
