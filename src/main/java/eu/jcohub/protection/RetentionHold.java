package eu.jcohub.protection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by a module whose records keep another module's records in use after their operation ended (an
 * investigation case keeps its report): the personal data of a record in use are not erased, and their retention
 * period runs from the day the last use ended, when that is later than the operation's end.
 */
public interface RetentionHold {

	/**
	 * For each of the records held: empty while a use of it goes on, else the day the last use ended. Records not
	 * held are left out.
	 *
	 * @param recordType the kind of record, as in {@link PersonalDataStore.Anonymisation#recordType()}
	 */
	Map<UUID, Optional<LocalDate>> holds(String recordType, Collection<UUID> recordIds);
}
