package eu.jcohub.funding;

import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An operation's application to a programme: what it asked for and when, and what the programme decided and when.
 *
 * @param documents the references of the documents sent and received (application form, grant agreement …)
 */
public record FundingApplication(UUID id, OperationId operationId, String programme, BigDecimal requested,
		@Nullable LocalDate submittedOn, @Nullable LocalDate decidedOn, @Nullable BigDecimal granted,
		ApplicationStatus status, String documents) {

	/** Days from the application to the decision, once both are known. */
	public Optional<Long> daysToDecision() {
		return submittedOn == null || decidedOn == null ? Optional.empty()
				: Optional.of(ChronoUnit.DAYS.between(submittedOn, decidedOn));
	}
}
