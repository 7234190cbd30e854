package eu.jcohub.exchange;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.RecordChanged;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following other bodies' published calendars: register one, list those the user may manage, pull one now, read
 * its history. Only whoever may table operations for the calendar's organiser sees or touches its subscription.
 */
@Service
class SubscriptionService {

	/** What registering a subscription takes; the secret is a bearer token, or user:password for basic. */
	record Registration(@Nullable String name, @Nullable String url, @Nullable String organiser,
			@Nullable Integer pullMinutes, @Nullable String credentialKind, @Nullable String credential) {
	}

	private final CalendarSubscriptions subscriptions;
	private final SubscriptionPuller puller;
	private final CalendarFetch fetch;
	private final CredentialCipher cipher;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SubscriptionService(CalendarSubscriptions subscriptions, SubscriptionPuller puller, CalendarFetch fetch,
			CredentialCipher cipher, AccessPolicy access, ReferenceData reference, ApplicationEventPublisher events,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.puller = puller;
		this.fetch = fetch;
		this.cipher = cipher;
		this.access = access;
		this.reference = reference;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	CalendarSubscription register(Registration form) {
		var visibility = access.visibility();
		var organiser = form.organiser() == null ? "" : form.organiser().strip().toUpperCase(Locale.ROOT);
		// Refused before the rest is read: only the organiser the calendar is for decides.
		if (reference.organisation(organiser).isPresent()) {
			visibility.require(ExchangeRules.SUBSCRIBE, ProtectedRecord.ownedBy(organiser));
		}
		var errors = new InvalidInput.Collector();
		errors.text("name", form.name(), 120);
		errors.text("url", form.url(), 2000);
		errors.text("organiser", form.organiser(), 40);
		errors.text("credential", form.credential(), 2000);
		for (var required : new String[][] { { "name", form.name() }, { "url", form.url() }, { "organiser", organiser } }) {
			if (required[1] == null || required[1].isBlank()) {
				errors.reject(required[0], "required");
			}
		}
		if (!organiser.isBlank() && !errors.hasErrors() && reference.organisation(organiser).isEmpty()) {
			errors.reject("organiser", "unknown organisation " + organiser);
		}
		int minutes = form.pullMinutes() == null ? 60 : form.pullMinutes();
		if (minutes < 5 || minutes > 10080) {
			errors.reject("pullMinutes", "pull every 5 minutes at the most often, once a week at the least");
		}
		var kind = form.credentialKind() == null || form.credentialKind().isBlank() ? "NONE"
				: form.credentialKind().strip().toUpperCase(Locale.ROOT);
		if (!List.of("NONE", "BEARER", "BASIC").contains(kind)) {
			errors.reject("credentialKind", "choose none, a bearer token or basic credentials");
		}
		else if (!kind.equals("NONE") && (form.credential() == null || form.credential().isBlank())) {
			errors.reject("credential", "give the token or the user and password");
		}
		else if (kind.equals("BASIC") && !errors.hasErrors() && !form.credential().contains(":")) {
			errors.reject("credential", "give basic credentials as user:password");
		}
		if (form.url() != null && !form.url().isBlank() && !errors.hasErrors()) {
			try {
				fetch.check(form.url());
			}
			catch (CalendarFetch.Failed e) {
				errors.reject("url", e.getMessage());
			}
		}
		errors.throwIfAny();
		var subscription = new CalendarSubscription(UUID.randomUUID(), form.name().strip(), form.url().strip(),
				organiser, Duration.ofMinutes(minutes), kind, visibility.user().username(), null, null, null, false, null,
				clock.instant());
		subscriptions.insert(subscription, kind.equals("NONE") ? null : cipher.encrypt(form.credential().strip()));
		events.publishEvent(RecordChanged.of(ExchangeAuditVocabulary.SUBSCRIPTION, subscription.id().toString(),
				ExchangeAuditVocabulary.SUBSCRIBED, Map.of("name", subscription.name(), "organiser", organiser,
						"url", subscription.url())).ownedBy(organiser).labelled(subscription.name()));
		return subscription;
	}

	List<CalendarSubscription> list() {
		var visibility = access.visibility();
		return subscriptions.all().stream()
			.filter(one -> visibility.allows(ExchangeRules.SUBSCRIBE, ProtectedRecord.ownedBy(one.organiser())))
			.toList();
	}

	CalendarSubscription find(UUID id) {
		var subscription = subscriptions.find(id).orElseThrow(() -> new NotFound("Subscription", id));
		access.visibility().require(ExchangeRules.SUBSCRIBE, ProtectedRecord.ownedBy(subscription.organiser()));
		return subscription;
	}

	SubscriptionPull pullNow(UUID id) {
		return puller.pull(find(id));
	}

	List<SubscriptionPull> history(UUID id) {
		find(id);
		return subscriptions.history(id, 50);
	}
}
