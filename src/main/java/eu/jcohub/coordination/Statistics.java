package eu.jcohub.coordination;

import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The live picture of an operation: what its validated reports add up to, in total and per day, administration,
 * place, risk area, transport mode and phase; the hit rate of each risk profile; the quantities seized per unit;
 * and the places where seizures dropped while controls went on.
 *
 * @param reports how many validated reports the figures are made of
 * @param at when the figures were read
 */
public record Statistics(OperationId operationId, long reports, Line total, List<Line> perDay,
		List<Line> perAdministration, List<Line> perLocation, List<Line> perRiskArea, List<Line> perTransportMode,
		List<Line> perPhase, List<ProfileLine> perProfile, List<QuantityLine> quantities, List<DropWarning> dropWarnings,
		Instant at) {

	/** The figures broken down every way the live picture shows them, in its order. */
	public List<Breakdown> breakdowns() {
		return List.of(new Breakdown("perDay", perDay), new Breakdown("perAdministration", perAdministration),
				new Breakdown("perLocation", perLocation), new Breakdown("perRiskArea", perRiskArea),
				new Breakdown("perTransportMode", perTransportMode), new Breakdown("perPhase", perPhase));
	}

	/** The breakdowns a review looks at again: where and in which risk areas the operation hit. */
	public List<Breakdown> reviewBreakdowns() {
		return List.of(new Breakdown("perLocation", perLocation), new Breakdown("perRiskArea", perRiskArea));
	}

	/**
	 * One way of breaking the figures down.
	 *
	 * @param key what it is broken down by, as its texts are keyed ({@code coordination.<key>})
	 */
	public record Breakdown(String key, List<Line> lines) {

		public Breakdown {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * One line of figures.
	 *
	 * @param code the code it is kept under (a day, an organisation, a place …), for programs
	 * @param label the same in words, for people
	 * @param controls control reports; {@code controlled} what they covered
	 * @param hitRate seizures per control report, when there were controls
	 * @param controlsShare, seizuresShare the line's controls and seizures as a percentage of the largest in its list
	 *        (for bars)
	 */
	public record Line(String code, String label, long controls, long controlled, long seizures, long infringements,
			BigDecimal valueEur, BigDecimal dutiesEur, @Nullable BigDecimal hitRate, int controlsShare,
			int seizuresShare) {
	}

	/** A risk profile's controls and hits: the hit rate is seizures per control it selected. */
	public record ProfileLine(String profileId, String name, long controls, long seizures, @Nullable BigDecimal hitRate,
			int hitRatePercent) {
	}

	/** What was seized in one unit. */
	public record QuantityLine(String unit, String label, BigDecimal quantity, long seizures) {
	}
}
