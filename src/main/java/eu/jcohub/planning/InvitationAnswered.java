package eu.jcohub.planning;

import eu.jcohub.shared.OperationId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An administration answered its invitation to an operation: accepted, or declined with a reason. */
public record InvitationAnswered(OperationId operationId, UUID invitationId, String organisation,
		Invitation.State state, @Nullable DeclineReason reason) {
}
