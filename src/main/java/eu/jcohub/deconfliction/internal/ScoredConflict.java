package eu.jcohub.deconfliction.internal;

import eu.jcohub.deconfliction.ConflictReason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An operation found in conflict, its score and (once explained) the reasons. */
public record ScoredConflict(IndexedOperation operation, double score, @Nullable List<ConflictReason> reasons) {
}
