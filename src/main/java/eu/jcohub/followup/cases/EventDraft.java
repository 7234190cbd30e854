package eu.jcohub.followup.cases;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An event as the user sends it: the type, the day (ISO date), the amount in euro (at most two decimals), whether
 * a court decision convicted, the persons concerned, how many, and a note.
 */
public record EventDraft(@Nullable String type, @Nullable String on, @Nullable BigDecimal amountEur,
		@Nullable Boolean convicted, @Nullable String persons, @Nullable Integer personsCount, @Nullable String note) {
}
