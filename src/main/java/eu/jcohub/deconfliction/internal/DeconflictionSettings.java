package eu.jcohub.deconfliction.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How conflicts are scored (all configuration, see {@code application.properties}).
 * <p>
 * score = 100 × Σ(weight × factor) / Σ(weights), each factor between 0 and 1:
 * <ul>
 * <li>dates: days in common ÷ {@code fullOverlapDays} (capped at 1); phases with no day in common but at most
 * {@code marginDays} free days between them count 0.25 (a margin of 0 counts only real overlap);</li>
 * <li>participants, risk areas, transport modes, locations: items in common ÷ the smaller of the two lists
 * (a parent and its child count as in common: tobacco and cigarettes, a country and a port in it).</li>
 * </ul>
 * Two operations conflict when their dates meet (within the margin), they share a participating country,
 * a partner organisation or a location (otherwise they compete for nothing), and the score reaches the
 * threshold. Risk areas and transport modes in common raise the score.
 */
@ConfigurationProperties("jcohub.deconfliction")
public record DeconflictionSettings(Weights weights, double threshold, int marginDays, int fullOverlapDays,
		Duration pollInterval) {

	public DeconflictionSettings {
		if (weights == null) {
			weights = new Weights(30, 25, 25, 10, 10);
		}
		if (fullOverlapDays <= 0) {
			fullOverlapDays = 7;
		}
		if (marginDays < 0) {
			throw new IllegalArgumentException("the deconfliction margin cannot be negative");
		}
		if (pollInterval == null) {
			pollInterval = Duration.ofSeconds(2);
		}
	}

	public static DeconflictionSettings defaults() {
		return new DeconflictionSettings(null, 25, 0, 7, null);
	}

	public DeconflictionSettings withMargin(int days) {
		return new DeconflictionSettings(weights, threshold, days, fullOverlapDays, pollInterval);
	}

	public record Weights(double dates, double participants, double riskAreas, double transportModes,
			double locations) {

		public Weights {
			if (dates < 0 || participants < 0 || riskAreas < 0 || transportModes < 0 || locations < 0) {
				throw new IllegalArgumentException("deconfliction weights cannot be negative");
			}
		}

		double total() {
			return dates + participants + riskAreas + transportModes + locations;
		}
	}
}
