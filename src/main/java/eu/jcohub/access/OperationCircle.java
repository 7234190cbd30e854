package eu.jcohub.access;

import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.Set;

/**
 * Who belongs to an operation and when it runs: what every module needs to protect its own records of the
 * operation (seizure reports, requests, cases) with the same circle of readers.
 *
 * @param lastDay the end of its last phase: the earliest day it can be closed, from which retention periods of
 *        the personal data gathered in it run
 */
public record OperationCircle(OperationId id, String name, String organiser, Set<String> countriesTakingPart,
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
}
