package eu.jcohub.operations;

import eu.jcohub.shared.OperationId;
import org.jspecify.annotations.Nullable;

/**
 * A new operation entered the coordination calendar, with its plan as tabled.
 *
 * @param derivedFrom the past operation it was made from ("use as template"), whose modules may copy their parts
 *        (checklist, objectives …) into the new one; null for an operation made from scratch
 */
public record OperationTabled(OperationId operationId, long version, OperationPlan plan,
		@Nullable OperationId derivedFrom) {
}
