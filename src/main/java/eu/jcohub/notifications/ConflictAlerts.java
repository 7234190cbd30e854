package eu.jcohub.notifications;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.deconfliction.Conflict;
import eu.jcohub.deconfliction.ConflictFound;
import eu.jcohub.deconfliction.ConflictReason;
import eu.jcohub.deconfliction.Dimension;
import eu.jcohub.deconfliction.OperationMetByCheck;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.Scores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owners of both operations of a new conflict: the planners of each organiser and the leaders assigned
 * to each operation. Each person is told only what they may see of the other operation: to someone who sees just
 * its calendar entry, the conflict is told without its details (a level instead of the score, the dates in common,
 * whom to call). The owners of an operation that another organisation's check met without its details hear which
 * organisation checked.
 */
@Component
class ConflictAlerts {

	private final Notifications notifications;
	private final UserAccounts accounts;
	private final OperationRoles roles;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final Clock clock;

	ConflictAlerts(Notifications notifications, UserAccounts accounts, OperationRoles roles,
			OperationRegister operations, AccessPolicy access, ReferenceData reference, Clock clock) {
		this.reference = reference;
		this.notifications = notifications;
		this.accounts = accounts;
		this.roles = roles;
		this.operations = operations;
		this.access = access;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OperationMetByCheck met) {
		var checkedBy = reference.organisation(met.checkedBy()).map(Organisation::name).orElse(met.checkedBy());
		notifications.send(ownersOf(met.organiser(), met.operationId()),
				NotificationMessage.of("notification.conflictCheck", met.operationName(), checkedBy),
				"/operations/" + met.operationId());
	}

	@ApplicationModuleListener
	void on(ConflictFound found) {
		tell(found.organiser(), found.operationId(), found.operationName(), found.asSeenFromFirst());
		tell(found.otherOrganiser(), found.otherOperationId(), found.otherOperationName(), found.asSeenFromOther());
	}

	private void tell(String organiser, OperationId own, String ownName, Conflict conflict) {
		var other = operations.circle(conflict.operationId()).asRecord(LocalDate.now(clock));
		for (var username : ownersOf(organiser, own)) {
			accounts.find(username).ifPresent(user -> {
				var message = access.visibilityOf(user).canSeeDetails(other)
						? NotificationMessage.of("notification.conflict", ownName, conflict.name(),
								Scores.whole(conflict.score()), reasons(conflict.reasons()))
						: withheld(ownName, conflict.withoutHiddenDetails());
				notifications.send(List.of(username), message, "/operations/" + own);
			});
		}
	}

	/** The organiser's planners and the operation's leaders. */
	private LinkedHashSet<String> ownersOf(String organiser, OperationId operation) {
		var recipients = new LinkedHashSet<String>();
		for (var username : accounts.usernamesOf(organiser)) {
			accounts.find(username).filter(user -> user.mayTableOperations())
				.ifPresent(user -> recipients.add(user.username()));
		}
		recipients.addAll(roles.holdersOf(operation, OperationRole.LEADER));
		return recipients;
	}

	/** The conflict without the other operation's details: its level, the dates in common, whom to call. */
	private NotificationMessage withheld(String ownName, Conflict conflict) {
		var dates = conflict.reasons().stream().filter(reason -> reason.dimension() == Dimension.DATES)
			.map(ConflictReason::detail).findFirst().orElse("");
		var contact = conflict.contactPoint() != null ? conflict.contactPoint()
				: reference.organisation(conflict.organiser()).map(Organisation::name).orElse(conflict.organiser());
		return NotificationMessage.of("notification.conflictWithheld." + conflict.level().name().toLowerCase(Locale.ROOT),
				ownName, conflict.name(), dates, contact);
	}

	private static String reasons(List<ConflictReason> reasons) {
		return reasons.stream().map(ConflictReason::detail).collect(Collectors.joining("; "));
	}
}
