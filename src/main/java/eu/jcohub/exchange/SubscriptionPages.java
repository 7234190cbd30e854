package eu.jcohub.exchange;

import eu.jcohub.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The followed calendars on the exchange page: follow one, pull one now. */
@Controller
class SubscriptionPages {

	private final SubscriptionService service;
	private final ExchangePage page;

	SubscriptionPages(SubscriptionService service, ExchangePage page) {
		this.service = service;
		this.page = page;
	}

	/** A followed calendar with its last pulls, for the page. */
	record Row(CalendarSubscription subscription, List<SubscriptionPull> recent) {
	}

	List<Row> rows() {
		return service.list().stream().map(one -> new Row(one, service.history(one.id()).stream().limit(3).toList()))
			.toList();
	}

	@PostMapping("/exchange/subscriptions")
	String register(@RequestParam @Nullable String name, @RequestParam @Nullable String url,
			@RequestParam @Nullable String organiser, @RequestParam @Nullable String pullMinutes,
			@RequestParam @Nullable String credentialKind, @RequestParam @Nullable String credential, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			var subscription = service.register(new SubscriptionService.Registration(name, url, organiser,
					minutes(pullMinutes), credentialKind, credential));
			redirect.addFlashAttribute("subscribed", subscription.name());
			return "redirect:/exchange#subscriptions";
		}
		catch (InvalidInput e) {
			response.setStatus(422);
			var errors = new LinkedHashMap<String, String>();
			e.fieldErrors().forEach((field, message) -> errors.put("sub-" + field, message));
			model.addAttribute("subscriptionErrors", errors);
			// What was typed stays, except the secret.
			model.addAttribute("subscriptionForm", Map.of("name", text(name), "url", text(url), "organiser",
					text(organiser), "pullMinutes", text(pullMinutes), "credentialKind",
					text(credentialKind)));
			return page.show(model);
		}
	}

	@PostMapping("/exchange/subscriptions/{id}/pull")
	String pull(@PathVariable UUID id, RedirectAttributes redirect) {
		var pull = service.pullNow(id);
		redirect.addFlashAttribute("pulled", service.find(id).name());
		redirect.addFlashAttribute("pull", pull);
		return "redirect:/exchange#subscription-" + id;
	}

	/** The minutes typed; anything that is no whole number is refused as out of range, next to the field. */
	private static @Nullable Integer minutes(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
