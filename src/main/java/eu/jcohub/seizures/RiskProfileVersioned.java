package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import java.util.UUID;

/**
 * A risk profile of an operation got a new version: created, carried over to a new phase, or edited at the review.
 *
 * @param profileId the profile, the same across its versions
 * @param phase the phase this version targets, from 1
 */
public record RiskProfileVersioned(OperationId operationId, UUID profileId, int version, int phase, String name) {
}
