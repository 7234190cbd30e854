package eu.jcohub.access;

import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.OperationId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The access decisions for one user, loaded once (their operation-level roles) and then applied to many
 * records: listing a calendar of thousands of operations costs no query per record. It decides two things: who
 * may read a record's details (by its handling code), and whether a module's {@link AccessRule} allows the user
 * to do something to a record.
 */
public final class Visibility {

	private final CurrentUser user;
	private final Set<OperationId> operationsWithRole;
	private final Set<OperationId> operationsLed;
	private final Set<OperationId> operationsInOcu;

	Visibility(CurrentUser user, Set<OperationId> operationsWithRole, Set<OperationId> operationsLed,
			Set<OperationId> operationsInOcu) {
		this.user = user;
		this.operationsWithRole = Set.copyOf(operationsWithRole);
		this.operationsLed = Set.copyOf(operationsLed);
		this.operationsInOcu = Set.copyOf(operationsInOcu);
	}

	/** The decisions for a user holding the given roles on operations (as {@link AccessPolicy} loads them). */
	public static Visibility of(CurrentUser user, java.util.Map<OperationId, Set<OperationRole>> operationRoles) {
		var withRole = operationRoles.keySet();
		var led = new java.util.HashSet<OperationId>();
		var inOcu = new java.util.HashSet<OperationId>();
		operationRoles.forEach((operation, roles) -> {
			if (roles.contains(OperationRole.LEADER)) {
				led.add(operation);
			}
			if (roles.contains(OperationRole.OCU_OPERATOR)) {
				inOcu.add(operation);
			}
		});
		return new Visibility(user, withRole, led, inOcu);
	}

	public CurrentUser user() {
		return user;
	}

	/** Whether the user may see the record's details (beyond its calendar entry), by its handling code. */
	public boolean canSeeDetails(ProtectedRecord record) {
		if (stands(Relation.OWNER, record)) {
			return true;
		}
		return switch (record.handlingCode()) {
			case PUBLIC_CALENDAR -> true;
			case OWNER_ONLY -> stands(Relation.OCU_WHILE_RUNNING, record);
			case NAMED -> stands(Relation.NAMED, record);
			case PARTICIPANTS -> user.coordinatesAll() || stands(Relation.PARTICIPANT, record)
					|| stands(Relation.ROLE_HOLDER, record);
		};
	}

	public void requireDetails(ProtectedRecord record) {
		if (!canSeeDetails(record)) {
			throw refusedDetails();
		}
	}

	/**
	 * Whether the user may read the record under the module's rule: its handling code lets them see its details and
	 * the rule allows them. A police or judicial partner named on a record shared with the participants is outside
	 * that circle ({@link #canSeeDetails}), and reads it only when the rule grants {@link Relation#PARTNER}.
	 */
	public boolean canRead(AccessRule rule, ProtectedRecord record) {
		if (canSeeDetails(record)) {
			return allows(rule, record);
		}
		return readsAsPartner(rule, record);
	}

	/** Refuses (403) whoever may not read the record under the rule ({@link #canRead}). */
	public void requireRead(AccessRule rule, ProtectedRecord record) {
		if (canSeeDetails(record)) {
			require(rule, record);
		}
		else if (!readsAsPartner(rule, record)) {
			throw refusedDetails();
		}
	}

	/**
	 * Whether the user reads the record only as its police or judicial partner, through a rule granting
	 * {@link Relation#PARTNER}: they see what that module shows partners, and none of the rest.
	 */
	public boolean readsAsPartner(AccessRule rule, ProtectedRecord record) {
		return !canSeeDetails(record) && record.handlingCode() == HandlingCode.PARTICIPANTS
				&& rule.grants().stream().anyMatch(grant -> grant.relations().contains(Relation.PARTNER)
						&& hasRole(grant) && stands(Relation.PARTNER, record));
	}

	private static Forbidden refusedDetails() {
		return Forbidden.because("access.details.refused",
				"Only the organiser, the participants and the coordination secretariat may see this.");
	}

	/** Whether the module's rule allows the user to do its thing to the record. */
	public boolean allows(AccessRule rule, ProtectedRecord record) {
		return rule.grants().stream().anyMatch(grant -> qualifies(grant, record));
	}

	/** For rules about no particular record: only grants to {@link Relation#ANYONE} can apply. */
	public boolean allows(AccessRule rule) {
		return rule.grants().stream().anyMatch(grant -> grant.relations().contains(Relation.ANYONE) && hasRole(grant));
	}

	public void require(AccessRule rule, ProtectedRecord record) {
		if (!allows(rule, record)) {
			throw Forbidden.because(rule.refusalKey(), "You may not do this.");
		}
	}

	public void require(AccessRule rule) {
		if (!allows(rule)) {
			throw Forbidden.because(rule.refusalKey(), "You may not do this.");
		}
	}

	/**
	 * A record's handling code may be made stricter by anyone who may change the record, but only its owner
	 * may widen the circle of readers (downgrade it).
	 */
	public void requireHandlingChange(ProtectedRecord record, HandlingCode to, Set<String> namedTo) {
		var widens = !HandlingCode.readersWithin(to, namedTo, record.handlingCode(), record.namedOrganisations());
		if (widens && !stands(Relation.OWNER, record)) {
			throw Forbidden.because("access.handling.widen.refused",
					"Only the organisation that owns this record may widen who can read it.");
		}
	}

	public void requireAdministrator() {
		require(AccessPolicy.ADMINISTER);
	}

	private boolean qualifies(AccessRule.Grant grant, ProtectedRecord record) {
		return hasRole(grant) && grant.relations().stream().anyMatch(relation -> stands(relation, record));
	}

	private boolean hasRole(AccessRule.Grant grant) {
		return grant.roles().isEmpty() || grant.roles().stream().anyMatch(user::has);
	}

	/** Whether the user stands in the relation to the record. */
	boolean stands(Relation relation, ProtectedRecord record) {
		return switch (relation) {
			case ANYONE -> true;
			case OWNER -> user.organisation().equals(record.owner());
			case PARTICIPANT -> takesPart(record);
			case PARTNER -> user.isPoliceOrJudicial() && record.partnerOrganisations().contains(user.organisation());
			case NAMED -> record.namedOrganisations().contains(user.organisation());
			case ROLE_HOLDER -> onOperation(record, operationsWithRole);
			case LEADER -> onOperation(record, operationsLed);
			case OCU_WHILE_RUNNING -> record.operationRunning() && onOperation(record, operationsInOcu);
		};
	}

	private boolean takesPart(ProtectedRecord record) {
		if (record.partnerOrganisations().contains(user.organisation())) {
			return !user.isPoliceOrJudicial();
		}
		return user.isCustomsAdministration()
				&& user.country().map(record.participantCountries()::contains).orElse(false);
	}

	private static boolean onOperation(ProtectedRecord record, Set<OperationId> operations) {
		@Nullable OperationId operation = record.operationId();
		return operation != null && operations.contains(operation);
	}
}
