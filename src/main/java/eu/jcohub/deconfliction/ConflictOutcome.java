package eu.jcohub.deconfliction;

import eu.jcohub.shared.OperationId;
import org.jspecify.annotations.Nullable;

/** A recorded conflict as figures count it: the other operation and how it was resolved, if it was. */
public record ConflictOutcome(OperationId otherOperationId, Resolution.@Nullable Kind resolution) {
}
