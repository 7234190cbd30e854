package eu.jcohub.coordination;

import eu.jcohub.shared.OperationId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of the OCU as its reader may see it. Those who coordinate see every administration it was sent to and
 * who acknowledged it; an administration it was sent to sees whether it acknowledged it.
 *
 * @param addressedTo the one administration it was sent to (its name), or null when sent to all taking part
 * @param recipients who it was sent to and who acknowledged it (for those who coordinate; empty for others)
 * @param acknowledgedByMine when the reader's administration acknowledged it, if it was sent to them
 * @param mayAcknowledge whether the reader may acknowledge it now
 * @param pending how many administrations have not acknowledged it yet (for those who coordinate)
 */
public record MessageView(UUID id, OperationId operationId, String text, String sender, String senderOrganisation, @Nullable String addressedTo,
		Instant sentAt, List<Recipient> recipients, @Nullable Instant acknowledgedByMine, boolean mayAcknowledge,
		long pending) {

	/** An administration the message was sent to, and who of it acknowledged it when. */
	public record Recipient(String organisation, String name, @Nullable String acknowledgedBy,
			@Nullable Instant acknowledgedAt) {
	}
}
