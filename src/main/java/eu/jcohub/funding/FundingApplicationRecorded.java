package eu.jcohub.funding;

import eu.jcohub.shared.OperationId;
import java.util.UUID;

/** An operation's funding application was recorded or changed (submitted, decided, granted). */
public record FundingApplicationRecorded(OperationId operationId, UUID applicationId, ApplicationStatus status) {
}
