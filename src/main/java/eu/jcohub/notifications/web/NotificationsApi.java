package eu.jcohub.notifications.web;

import eu.jcohub.notifications.Notification;
import eu.jcohub.notifications.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications", description = "What the signed-in user is told: new conflicts, plans falling due")
class NotificationsApi {

	private final Notifications notifications;

	NotificationsApi(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/notifications")
	@Operation(summary = "The signed-in user's notifications, newest first")
	List<Notification> mine(@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 500) {
			throw new IllegalArgumentException("limit must be between 1 and 500");
		}
		return notifications.mine(limit);
	}
}
