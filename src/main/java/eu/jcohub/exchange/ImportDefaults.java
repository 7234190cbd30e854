package eu.jcohub.exchange;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.PolicyDomain;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What an import assumes where a file says nothing: other bodies' programmes often carry only a title,
 * dates and an id.
 *
 * @param organiserOverride when given, the organiser of every operation in the file
 * @param fallbackOrganiser the organiser where neither the file nor the override names one
 * @param riskAreas risk areas for operations the file gives none for
 * @param isRiskArea which iCalendar CATEGORIES are risk-area codes (the others are free labels, ignored)
 * @param zoneOf the time zone an organiser plans in: timed events fall on its days
 */
record ImportDefaults(@Nullable String organiserOverride, String fallbackOrganiser, Set<String> riskAreas,
		Predicate<String> isRiskArea, Function<String, ZoneId> zoneOf) {

	ImportDefaults(@Nullable String organiserOverride, String fallbackOrganiser, Set<String> riskAreas,
			Predicate<String> isRiskArea) {
		this(organiserOverride, fallbackOrganiser, riskAreas, isRiskArea, organiser -> OrganiserZones.BRUSSELS);
	}

	static final OperationType TYPE = OperationType.OTHER_BODY;
	static final Competence COMPETENCE = Competence.SHARED;
	static final PolicyDomain DOMAIN = PolicyDomain.CUSTOMS;

	String organiser(@Nullable String fromFile) {
		if (organiserOverride != null) {
			return organiserOverride;
		}
		return fromFile == null || fromFile.isBlank() ? fallbackOrganiser : fromFile.strip();
	}
}
