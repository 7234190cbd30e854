package eu.jcohub.deconfliction.internal;

import eu.jcohub.operations.OperationPlan;
import eu.jcohub.shared.OperationId;
import org.jspecify.annotations.Nullable;

/**
 * An operation as the index holds it: dates as epoch days and every list as sorted vocabulary ids.
 *
 * @param parties countries taking part (lead included) and partner organisations
 * @param countries the countries taking part alone (lead included): the parties its calendar entry shows
 * @param contactPoint the contact point of its calendar entry, if any
 */
public record IndexedOperation(OperationId id, String name, String organiser, long version, int[] phaseStarts,
		int[] phaseEnds, int[] parties, int[] riskAreas, int[] modes, int[] locations, int[] countries,
		@Nullable String contactPoint) {

	/** An operation whose calendar entry matters to nobody (benchmarks): its parties count as its countries. */
	public IndexedOperation(OperationId id, String name, String organiser, long version, int[] phaseStarts,
			int[] phaseEnds, int[] parties, int[] riskAreas, int[] modes, int[] locations) {
		this(id, name, organiser, version, phaseStarts, phaseEnds, parties, riskAreas, modes, locations, parties, null);
	}

	public static IndexedOperation of(OperationId id, long version, OperationPlan plan, Vocabulary vocabulary) {
		var phases = plan.phases();
		var starts = new int[phases.size()];
		var ends = new int[phases.size()];
		for (int i = 0; i < phases.size(); i++) {
			starts[i] = (int) phases.get(i).start().toEpochDay();
			ends[i] = (int) phases.get(i).end().toEpochDay();
		}
		var parties = new java.util.TreeSet<>(plan.countriesTakingPart());
		parties.addAll(plan.partnerOrganisations());
		return new IndexedOperation(id, plan.name(), plan.organiser(), version, starts, ends,
				vocabulary.internAll(parties), vocabulary.internAll(plan.riskAreas()),
				vocabulary.internAll(plan.transportModes()), vocabulary.internAll(plan.locations()),
				vocabulary.internAll(plan.countriesTakingPart()), plan.contactPoint());
	}
}
