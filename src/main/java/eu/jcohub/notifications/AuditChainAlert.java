package eu.jcohub.notifications;

import eu.jcohub.access.Role;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.audit.AuditChainFoundBroken;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the administrators when the daily check finds the audit chain broken. */
@Component
class AuditChainAlert {

	private final Notifications notifications;
	private final UserAccounts accounts;

	AuditChainAlert(Notifications notifications, UserAccounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(AuditChainFoundBroken broken) {
		notifications.send(accounts.usernamesWithRole(Role.ADMIN),
				NotificationMessage.of("notification.auditChainBroken", broken.firstBrokenEntry()), "/audit?verify=true");
	}
}
