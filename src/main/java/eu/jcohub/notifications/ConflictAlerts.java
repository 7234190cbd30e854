package eu.jcohub.notifications;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.deconfliction.Conflict;
import eu.jcohub.deconfliction.ConflictFound;
import eu.jcohub.deconfliction.ConflictReason;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.Scores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owners of both operations of a new conflict: the planners of each organiser and the leaders assigned
 * to each operation. Each person is told only what they may see of the other operation: to someone who sees just
 * its calendar entry, the reasons about its transport modes and places are left out.
 */
@Component
class ConflictAlerts {

	private final Notifications notifications;
	private final UserAccounts accounts;
	private final OperationRoles roles;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final Clock clock;

	ConflictAlerts(Notifications notifications, UserAccounts accounts, OperationRoles roles,
			OperationRegister operations, AccessPolicy access, Clock clock) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.roles = roles;
		this.operations = operations;
		this.access = access;
		this.clock = clock;
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
				var seen = access.visibilityOf(user).canSeeDetails(other) ? conflict : conflict.withoutHiddenDetails();
				notifications.send(List.of(username), NotificationMessage.of("notification.conflict", ownName,
						seen.name(), Scores.whole(seen.score()), reasons(seen.reasons())), "/operations/" + own);
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

	private static String reasons(List<ConflictReason> reasons) {
		return reasons.stream().map(ConflictReason::detail).collect(Collectors.joining("; "));
	}
}
