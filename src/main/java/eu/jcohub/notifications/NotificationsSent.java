package eu.jcohub.notifications;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Notifications saved for these recipients; e-mailed after the transaction commits, when e-mail is configured. */
record NotificationsSent(List<String> recipients, String key, List<String> arguments, @Nullable String link) {

	NotificationsSent {
		recipients = List.copyOf(recipients);
		arguments = List.copyOf(arguments);
	}
}
