package eu.jcohub.followup.cases;

import static eu.jcohub.protection.PersonalDataCategory.PERSON;

import eu.jcohub.protection.PersonalData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event of a case's timeline.
 *
 * @param on the day it happened (never before the case opened)
 * @param amountEur in euro with cents, for seizures of assets, penalties and recovered duties
 * @param convicted for a court decision: whether it convicted
 * @param persons the persons charged or convicted, by name: personal data, shown only to the investigating
 *        administration and erased by retention
 * @param personsCount how many persons the event concerns (kept after their names are erased)
 * @param recordedAt when it was recorded in JCO Hub: the results as of a day count what was recorded by then
 */
public record CaseEvent(UUID id, EventType type, LocalDate on, @Nullable BigDecimal amountEur,
		@Nullable Boolean convicted, @PersonalData(PERSON) @Nullable String persons, int personsCount, String note,
		String recordedBy, Instant recordedAt) {

	/** The same event without the persons' names, for a reader who may not see them. */
	public CaseEvent withoutPersons() {
		return new CaseEvent(id, type, on, amountEur, convicted, null, personsCount, note, recordedBy, recordedAt);
	}
}
