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
		notifications.send(accounts.usernamesWithRole(Role.SECRETARIAT),
				"Collect the other bodies' plans for semester " + due.semester(),
				"The Presidency takes office on " + due.presidencyStart() + ". Ask FRONTEX, Europol, the WCO and its "
						+ "RILOs, LEWP and the other bodies for their operations of the semester by " + due.dueDate()
						+ ", import them, and check the calendar for conflicts before the Coordination Mechanism meets.",
				"/exchange");
	}
}
