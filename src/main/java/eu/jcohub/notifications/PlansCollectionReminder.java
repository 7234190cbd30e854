package eu.jcohub.notifications;

import eu.jcohub.access.Role;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.exchange.PlansCollectionDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminds the coordination secretariat to collect the other bodies' plans before each Presidency. */
@Component
class PlansCollectionReminder {

	private final Notifications notifications;
	private final UserAccounts accounts;

	PlansCollectionReminder(Notifications notifications, UserAccounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(PlansCollectionDue due) {
		notifications.send(accounts.usernamesWithRole(Role.SECRETARIAT), NotificationMessage.of(
				"notification.plansCollection", due.semester(), due.presidencyStart(), due.dueDate()), "/exchange");
	}
}
