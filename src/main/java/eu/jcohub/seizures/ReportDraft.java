package eu.jcohub.seizures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A control or a seizure as a field officer sends it, before it is checked. Codes come as text so that a wrong
 * one is named in a field error rather than refused as unreadable.
 *
 * @param type {@code CONTROL} or {@code SEIZURE}
 * @param phase the operational phase; none: the one open
 * @param occurredAt when, an ISO-8601 instant (2026-03-05T14:30:00Z); none: now
 * @param location a location code of the operation; none: the reporter's own (the operation's location in their
 *        country)
 * @param unit one of {@link Unit}
 * @param identifiers vehicle plates, container numbers, vessel and flight ids
 * @param controlledKind what a control covered: {@code VEHICLES}, {@code CONTAINERS}, {@code CONSIGNMENTS},
 *        {@code PASSENGERS}
 * @param result what a control found: {@code NOTHING_FOUND} or {@code INFRINGEMENT}
 * @param handlingCode who may read it; none: the participants
 */
public record ReportDraft(@Nullable String type, @Nullable Integer phase, @Nullable String occurredAt,
		@Nullable String location, @Nullable String transportMode, @Nullable String riskArea,
		@Nullable BigDecimal quantity, @Nullable String unit, @Nullable BigDecimal valueEur,
		@Nullable BigDecimal dutiesEur, @Nullable String concealment, @Nullable String routeFrom,
		@Nullable String routeTo, @Nullable List<String> identifiers, @Nullable String profileId,
		@Nullable String controlledKind, @Nullable Integer controlledCount, @Nullable String result,
		@Nullable String summary, @Nullable String handlingCode, @Nullable String personName,
		@Nullable LocalDate personBirthDate, @Nullable String documentNumber, @Nullable String companyName,
		@Nullable String companyRegistrationNumber) {

	public Subject subject() {
		return new Subject(personName, personBirthDate, documentNumber, companyName, companyRegistrationNumber);
	}
}
