package eu.jcohub.notifications;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.operations.ConflictFound;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owners of both operations of a new conflict: the planners of each organiser and the leaders
 * assigned to each operation.
 */
@Component
class ConflictAlerts {

	private final Notifications notifications;
	private final UserAccounts accounts;
	private final OperationRoles roles;

	ConflictAlerts(Notifications notifications, UserAccounts accounts, OperationRoles roles) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.roles = roles;
	}

	@ApplicationModuleListener
	void on(ConflictFound conflict) {
		notify(conflict.organiser(), conflict.operationId(), conflict.operationName(), conflict.otherOperationName(),
				conflict);
		notify(conflict.otherOrganiser(), conflict.otherOperationId(), conflict.otherOperationName(),
				conflict.operationName(), conflict);
	}

	private void notify(String organiser, UUID operation, String name, String otherName, ConflictFound conflict) {
		var recipients = new LinkedHashSet<String>();
		for (var username : accounts.usernamesOf(organiser)) {
			accounts.find(username).filter(user -> user.mayTableOperations())
				.ifPresent(user -> recipients.add(user.username()));
		}
		recipients.addAll(roles.holdersOf(operation, OperationRole.LEADER));
		notifications.send(recipients, "Conflict: " + name + " and " + otherName,
				"Score " + conflict.score() + ". " + conflict.summary(), "/operations/" + operation);
	}
}
