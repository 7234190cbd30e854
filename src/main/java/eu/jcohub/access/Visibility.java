package eu.jcohub.access;

import eu.jcohub.shared.Forbidden;
import java.util.Set;
import java.util.UUID;

/**
 * The access decisions for one user, loaded once (their operation-level roles) and then applied to many
 * records: listing a calendar of thousands of operations costs no query per record.
 */
public final class Visibility {

	private final CurrentUser user;
	private final Set<UUID> operationsWithRole;
	private final Set<UUID> operationsInOcu;

	Visibility(CurrentUser user, Set<UUID> operationsWithRole, Set<UUID> operationsInOcu) {
		this.user = user;
		this.operationsWithRole = Set.copyOf(operationsWithRole);
		this.operationsInOcu = Set.copyOf(operationsInOcu);
	}

	public CurrentUser user() {
		return user;
	}

	/** Whether the user may see the record's details (beyond its calendar entry). */
	public boolean canSeeDetails(ProtectedRecord record) {
		if (isOwner(record)) {
			return true;
		}
		return switch (record.handlingCode()) {
			case PUBLIC_CALENDAR -> true;
			case OWNER_ONLY -> staffsRunningOcu(record);
			case NAMED -> record.namedOrganisations().contains(user.organisation());
			case PARTICIPANTS -> user.coordinatesAll() || takesPart(record) || holdsRoleOn(record);
		};
	}

	/**
	 * Whether the user may see the personal data in a record (names, dates of birth, document and company
	 * numbers): on a need-to-know basis, only the owning organisation and, while the operation runs, its OCU.
	 */
	public boolean canSeePersonalData(ProtectedRecord record) {
		return isOwner(record) || staffsRunningOcu(record);
	}

	/**
	 * A record's handling code may be made stricter by anyone who may change the record, but only its owner
	 * may widen the circle of readers (downgrade it).
	 */
	public void requireHandlingChange(ProtectedRecord record, HandlingCode to, Set<String> namedTo) {
		var widens = !HandlingCode.readersWithin(to, namedTo, record.handlingCode(), record.namedOrganisations());
		if (widens && !isOwner(record)) {
			throw new Forbidden("Only " + record.owner() + ", which owns this record, may widen who can read it.");
		}
	}

	/**
	 * Whether the user may report what happened in the field (a seizure) on an operation: officers, OCU
	 * operators, leaders and national coordinators of an organisation taking part, or holding a role on it.
	 */
	public boolean canReportOn(ProtectedRecord operation) {
		return reportsInTheField() && (isOwner(operation) || takesPart(operation) || holdsRoleOn(operation));
	}

	/** Whether the user may amend a field report: those who report, in the organisation that owns it. */
	public boolean canAmendReport(ProtectedRecord report) {
		return reportsInTheField() && isOwner(report);
	}

	public void requireReportOn(ProtectedRecord operation) {
		if (!canReportOn(operation)) {
			throw new Forbidden("Only officers, OCU operators, leaders and coordinators of an organisation taking part "
					+ "may report on this operation.");
		}
	}

	public void requireAmendReport(ProtectedRecord report) {
		if (!canAmendReport(report)) {
			throw new Forbidden("Only the reporting organisation (" + report.owner() + ") may amend this report.");
		}
	}

	/** Retention rules: the organisation's national coordinator, or an administrator for any organisation. */
	public boolean canManageDataProtection(String organisation) {
		return user.has(Role.ADMIN)
				|| (user.organisation().equals(organisation) && user.has(Role.NATIONAL_COORDINATOR));
	}

	public void requireManageDataProtection(String organisation) {
		if (!canManageDataProtection(organisation)) {
			throw new Forbidden("Only a national coordinator of " + organisation
					+ " or an administrator may set its retention rules.");
		}
	}

	/** Subject-access searches over one's own administration's records: its coordinators and leaders. */
	public boolean canSearchSubjects() {
		return user.has(Role.NATIONAL_COORDINATOR) || user.has(Role.OPERATION_LEADER);
	}

	public void requireSubjectAccessSearch() {
		if (!canSearchSubjects()) {
			throw new Forbidden("Subject-access searches are for national coordinators and operation leaders.");
		}
	}

	public void requireAdministrator() {
		if (!user.has(Role.ADMIN)) {
			throw new Forbidden("Only an administrator may do this.");
		}
	}

	private boolean reportsInTheField() {
		return user.has(Role.FIELD_OFFICER) || user.has(Role.OCU_OPERATOR) || user.has(Role.OPERATION_LEADER)
				|| user.has(Role.NATIONAL_COORDINATOR);
	}

	/** Whether the user may change the record: its owner's planners, its leader, or the coordinators. */
	public boolean canChange(ProtectedRecord record) {
		if (!user.mayTableOperations()) {
			return false;
		}
		return user.coordinatesAll() || isOwner(record) || holdsLeadOn(record);
	}

	/** Whether the user may table a new record owned by the given organisation. */
	public boolean canCreateFor(String owner) {
		return user.mayTableOperations() && (user.coordinatesAll() || user.organisation().equals(owner));
	}

	public void requireDetails(ProtectedRecord record) {
		if (!canSeeDetails(record)) {
			throw new Forbidden("Only the organiser, the participants and the coordination secretariat may see this.");
		}
	}

	public void requireChange(ProtectedRecord record) {
		if (!canChange(record)) {
			throw new Forbidden("Only the organiser, the operation leader and the coordination secretariat may change this.");
		}
	}

	public void requireCreateFor(String owner) {
		if (!canCreateFor(owner)) {
			throw new Forbidden("You may table operations only for your own organisation (" + user.organisation() + ").");
		}
	}

	private boolean isOwner(ProtectedRecord record) {
		return user.organisation().equals(record.owner());
	}

	private boolean takesPart(ProtectedRecord record) {
		if (record.partnerOrganisations().contains(user.organisation())) {
			return true;
		}
		return user.isCustomsAdministration()
				&& user.country().map(record.participantCountries()::contains).orElse(false);
	}

	private boolean holdsRoleOn(ProtectedRecord record) {
		return record.operationId() != null && operationsWithRole.contains(record.operationId());
	}

	private boolean staffsRunningOcu(ProtectedRecord record) {
		return record.operationRunning() && record.operationId() != null
				&& operationsInOcu.contains(record.operationId());
	}

	private boolean holdsLeadOn(ProtectedRecord record) {
		return holdsRoleOn(record) && user.has(Role.OPERATION_LEADER);
	}
}
