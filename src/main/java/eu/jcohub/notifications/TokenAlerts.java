package eu.jcohub.notifications;

import eu.jcohub.accounts.TokenRevocation;
import eu.jcohub.accounts.TokensRevoked;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells users whose tokens were all revoked at once why, and where to get new ones: a program or calendar that
 * stopped getting in is otherwise a puzzle. (A disabled account is not told: it cannot sign in to read it.)
 */
@Component
class TokenAlerts {

	private final Notifications notifications;

	TokenAlerts(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(TokensRevoked revoked) {
		if (revoked.reason() == TokenRevocation.ACCOUNT_DISABLED) {
			return;
		}
		notifications.send(List.of(revoked.username()),
				NotificationMessage.of("notification.tokensRevoked." + revoked.reason().name(), revoked.count()),
				"/account/tokens");
	}
}
