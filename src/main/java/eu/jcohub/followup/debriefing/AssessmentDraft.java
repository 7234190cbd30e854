package eu.jcohub.followup.debriefing;

import org.jspecify.annotations.Nullable;

/**
 * An assessment as sent, before it is checked.
 *
 * @param objective the objective's position in the operation's list, from 0
 */
public record AssessmentDraft(@Nullable Integer objective, @Nullable String verdict, @Nullable String text) {
}
