package eu.jcohub.followup.cases;

import org.jspecify.annotations.Nullable;

/**
 * A case as the user asks to open it: its kind, the organisation that investigates (its code), the unit, the day
 * it opened (ISO date) and a note.
 */
public record CaseDraft(@Nullable String kind, @Nullable String owner, @Nullable String investigatedBy,
		@Nullable String openedOn, @Nullable String note) {
}
