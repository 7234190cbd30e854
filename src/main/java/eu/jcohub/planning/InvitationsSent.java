package eu.jcohub.planning;

import eu.jcohub.shared.OperationId;
import java.util.Set;

/** Administrations were invited to take part in an operation (the ones not invited before). */
public record InvitationsSent(OperationId operationId, Set<String> organisations) {

	public InvitationsSent {
		organisations = Set.copyOf(organisations);
	}
}
