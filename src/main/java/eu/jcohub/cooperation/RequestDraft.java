package eu.jcohub.cooperation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new request for a special form on an operation.
 *
 * @param requesting the customs administration asking
 * @param requested the customs administration asked
 * @param involved police and judicial partners of the operation involved in it (they then see it)
 * @param seizureReport the id of the seizure report it starts from, if any
 * @param draftedOn the day it was drafted (today when not given)
 */
public record RequestDraft(@Nullable Integer article, @Nullable String requesting, @Nullable String requested,
		@Nullable List<String> involved, @Nullable String seizureReport, @Nullable LocalDate draftedOn,
		@Nullable String notes) {
}
