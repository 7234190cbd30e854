package eu.jcohub.operations;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.ProtectedRecord;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Who belongs to an operation and when it runs: what other modules need to protect their own records of the
 * operation (seizure reports, requests) with the same circle of readers.
 *
 * @param lastDay the end of its last phase: the earliest day it can be closed, from which retention periods of
 *        the personal data gathered in it run
 */
public record OperationCircle(UUID id, String name, String organiser, Set<String> countriesTakingPart,
		Set<String> partnerOrganisations, LocalDate firstDay, LocalDate lastDay) {

	public OperationCircle {
		countriesTakingPart = Set.copyOf(countriesTakingPart);
		partnerOrganisations = Set.copyOf(partnerOrganisations);
	}

	public boolean runsOn(LocalDate day) {
		return !day.isBefore(firstDay) && !day.isAfter(lastDay);
	}

	/** A record of this operation owned by {@code owner} under the given handling code. */
	public ProtectedRecord protect(String owner, HandlingCode code, Set<String> named, LocalDate today) {
		return new ProtectedRecord(id, owner, countriesTakingPart, partnerOrganisations, code, named, runsOn(today));
	}

	/** The operation itself as a protected record: who takes part in it, and whether it runs {@code today}. */
	public ProtectedRecord asRecord(LocalDate today) {
		return protect(organiser, HandlingCode.PARTICIPANTS, Set.of(), today);
	}

	/** Whether the organisation of this kind and country takes part (organises, participates, or is a partner). */
	public boolean includes(String organisation, String organisationKind, String organisationCountry) {
		return organiser.equals(organisation) || partnerOrganisations.contains(organisation)
				|| ("CUSTOMS".equals(organisationKind) && organisationCountry != null
						&& countriesTakingPart.contains(organisationCountry));
	}
}
