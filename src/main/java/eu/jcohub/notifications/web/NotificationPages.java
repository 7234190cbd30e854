package eu.jcohub.notifications.web;

import eu.jcohub.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class NotificationPages {

	private final Notifications notifications;

	NotificationPages(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notifications", notifications.mine(200));
		return "notifications/list";
	}

	@PostMapping("/notifications/read")
	String markAllRead() {
		notifications.markAllRead();
		return "redirect:/notifications";
	}
}
