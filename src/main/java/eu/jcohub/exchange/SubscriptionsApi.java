package eu.jcohub.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Exchange", description = "Plans of other bodies in and out: CSV and iCalendar, the tabling list")
class SubscriptionsApi {

	private final SubscriptionService service;

	SubscriptionsApi(SubscriptionService service) {
		this.service = service;
	}

	/** A subscription as its managers see it; the credential never leaves the store, only its kind. */
	record SubscriptionDto(UUID id, String name, String url, String organiser, long pullMinutes, String credentialKind,
			@Nullable Instant lastPullAt, boolean failing, @Nullable String lastError) {

		static SubscriptionDto of(CalendarSubscription subscription) {
			return new SubscriptionDto(subscription.id(), subscription.name(), subscription.url(),
					subscription.organiser(), subscription.pullInterval().toMinutes(), subscription.credentialKind(),
					subscription.lastPullAt(), subscription.failing(), subscription.lastError());
		}
	}

	@GetMapping("/api/exchange/subscriptions")
	@Operation(summary = "The published calendars followed for organisers you may table operations for")
	List<SubscriptionDto> list() {
		return service.list().stream().map(SubscriptionDto::of).toList();
	}

	@PostMapping("/api/exchange/subscriptions")
	@Operation(summary = "Follow another body's published calendar (iCalendar or CSV, by URL)",
			description = "Fields: name, url (http or https; addresses on this machine, in private networks or "
					+ "link-local are refused unless configured), organiser (whose operations the calendar holds), "
					+ "pullMinutes (5 to 10080, default 60), credentialKind (NONE, BEARER or BASIC) and credential (the "
					+ "token, or user:password), kept encrypted. The calendar is pulled at each interval: its events "
					+ "become the organiser's operations, updated by UID, and cancelled when they disappear.")
	ResponseEntity<SubscriptionDto> register(@RequestBody SubscriptionService.Registration registration) {
		var subscription = service.register(registration);
		return ResponseEntity.created(URI.create("/api/exchange/subscriptions/" + subscription.id()))
			.body(SubscriptionDto.of(subscription));
	}

	@PostMapping("/api/exchange/subscriptions/{id}/pull")
	@Operation(summary = "Pull a followed calendar now; the answer says what changed, or why it failed, in words")
	SubscriptionPull pull(@PathVariable UUID id) {
		return service.pullNow(id);
	}

	@GetMapping("/api/exchange/subscriptions/{id}/history")
	@Operation(summary = "The last 50 pulls of a followed calendar, newest first")
	List<SubscriptionPull> history(@PathVariable UUID id) {
		return service.history(id);
	}
}
