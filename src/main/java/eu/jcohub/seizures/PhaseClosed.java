package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import java.time.Instant;

/**
 * The OCU closed an operational phase: reports for it are accepted, marked late, for 72 hours more.
 *
 * @param last whether no further phase is planned, so that the operational phase of the operation is over
 */
public record PhaseClosed(OperationId operationId, int phase, Instant at, boolean last) {
}
