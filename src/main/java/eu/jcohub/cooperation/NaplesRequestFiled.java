package eu.jcohub.cooperation;

import eu.jcohub.shared.OperationId;
import java.util.UUID;

/** A Naples II request was filed on an operation. */
public record NaplesRequestFiled(OperationId operationId, UUID requestId, int article) {
}
