package eu.jcohub.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is planned: who, what, where and when. An operation is its plan plus its identity and status;
 * a draft plan can be checked for conflicts before anything is saved.
 *
 * @param organiser the organising organisation's code ({@code CCWP}, {@code FRONTEX}, {@code DK-CUSTOMS} …)
 * @param participants ISO codes of the countries whose customs administrations take part
 * @param partnerOrganisations codes of other organisations taking part (police, judicial, agencies)
 * @param locations codes of control locations, or of whole countries where the place is not known
 * @param leadCountry the leading country; may be empty only for an operation of another body
 * @param phases operational phases, sorted, with at least one day between them
 */
public record OperationPlan(String name, OperationType type, String organiser, @Nullable String leadCountry,
		Set<String> participants, Set<String> partnerOrganisations, Competence competence, PolicyDomain domain,
		@Nullable String contactPoint, @Nullable String externalId, Set<String> riskAreas, Set<String> transportModes,
		Set<String> locations, List<Phase> phases, @Nullable String objectives) {

	public OperationPlan {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an operation needs a name");
		}
		name = name.strip();
		participants = ordered(participants);
		partnerOrganisations = ordered(partnerOrganisations);
		riskAreas = ordered(riskAreas);
		transportModes = ordered(transportModes);
		locations = ordered(locations);
		if (phases == null || phases.isEmpty()) {
			throw new IllegalArgumentException("an operation needs at least one operational phase");
		}
		var sorted = new ArrayList<>(phases);
		Collections.sort(sorted);
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).start().isBefore(sorted.get(i - 1).end().plusDays(2))) {
				throw new IllegalArgumentException("phases must not overlap or touch: leave at least one day between them");
			}
		}
		phases = List.copyOf(sorted);
		leadCountry = blankToNull(leadCountry);
		contactPoint = blankToNull(contactPoint);
		externalId = blankToNull(externalId);
		objectives = blankToNull(objectives);
	}

	/**
	 * The calendar entry, which everyone signed in sees: name, type, organiser, lead country, participating countries,
	 * competence, domain, contact point, risk areas and dates. Partners, transport modes, places, objectives and
	 * external ids are the plan's details.
	 */
	public OperationPlan calendarEntry() {
		return new OperationPlan(name, type, organiser, leadCountry, participants, Set.of(), competence, domain,
				contactPoint, null, riskAreas, Set.of(), Set.of(), phases, null);
	}

	public Phase firstPhase() {
		return phases.get(0);
	}

	/** The countries taking part, the lead country included. */
	public Set<String> countriesTakingPart() {
		var all = new java.util.TreeSet<>(participants);
		if (leadCountry != null) {
			all.add(leadCountry);
		}
		return all;
	}

	/**
	 * Nothing says who takes part, where or how: no country, partner, control location or transport mode.
	 * Deconfliction needs one of them to call a conflict, so such an operation is to be completed.
	 */
	public boolean needsCompleting() {
		return countriesTakingPart().isEmpty() && partnerOrganisations.isEmpty() && locations.isEmpty()
				&& transportModes.isEmpty();
	}

	public Phase lastPhase() {
		return phases.get(phases.size() - 1);
	}

	private static Set<String> ordered(@Nullable Set<String> codes) {
		if (codes == null) {
			return Set.of();
		}
		var cleaned = new LinkedHashSet<String>();
		codes.stream().filter(code -> code != null && !code.isBlank()).map(String::strip).sorted().forEach(cleaned::add);
		return Collections.unmodifiableSet(cleaned);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
