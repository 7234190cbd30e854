package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import java.time.Instant;

/** The OCU opened an operational phase: reports for it are accepted from now on. */
public record PhaseOpened(OperationId operationId, int phase, Instant at) {
}
