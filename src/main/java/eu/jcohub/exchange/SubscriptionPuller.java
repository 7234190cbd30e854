package eu.jcohub.exchange;

import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.exchange.ImportReport.Status;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pulls one subscription: fetches the calendar (a 304 costs nothing), imports it as its organiser's operations
 * on behalf of the subscription's owner — updates by UID, so nothing is duplicated — and cancels the operations
 * whose events the calendar no longer holds. The whole pull is one transaction: a failure changes nothing and is
 * recorded in words, and the subscription shows it until a pull succeeds. Deconfliction and notifications follow
 * the operations' own events, as for any change.
 */
@Component
class SubscriptionPuller {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionPuller.class);

	private final CalendarSubscriptions subscriptions;
	private final CalendarFetch fetch;
	private final CredentialCipher cipher;
	private final PlanImport imports;
	private final OperationRegister register;
	private final UserAccounts accounts;
	private final TransactionTemplate transactions;
	private final Clock clock;

	SubscriptionPuller(CalendarSubscriptions subscriptions, CalendarFetch fetch, CredentialCipher cipher,
			PlanImport imports, OperationRegister register, UserAccounts accounts, TransactionTemplate transactions,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.fetch = fetch;
		this.cipher = cipher;
		this.imports = imports;
		this.register = register;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Pulls it now, unless another instance or request is pulling it at this moment. */
	SubscriptionPull pull(CalendarSubscription subscription) {
		var now = clock.instant();
		if (!subscriptions.claim(subscription.id(), subscription.lastPullAt(), now)) {
			return new SubscriptionPull(now, "SKIPPED", "another pull of this calendar was under way");
		}
		SubscriptionPull pull;
		try {
			pull = transactions.execute(status -> apply(subscription, now));
		}
		catch (CalendarFetch.Failed | InvalidInput | DomainRuleViolation | IllegalArgumentException e) {
			pull = failed(subscription, now, reason(e));
		}
		catch (RuntimeException e) {
			log.warn("Pull of subscription {} failed", subscription.id(), e);
			pull = failed(subscription, now, "the pull failed unexpectedly; it is tried again at the next interval");
		}
		return pull;
	}

	private SubscriptionPull apply(CalendarSubscription subscription, java.time.Instant now) {
		var credentials = subscriptions.encryptedCredential(subscription.id())
			.map(sealed -> new CalendarFetch.Credentials(subscription.credentialKind(), cipher.decrypt(sealed)))
			.orElse(null);
		var fetched = fetch.fetch(subscription.url(), credentials, subscription.etag(), subscription.lastModified());
		if (fetched.notModified()) {
			subscriptions.succeeded(subscription.id(), subscription.etag(), subscription.lastModified());
			return recorded(subscription, new SubscriptionPull(now, "NOT_MODIFIED",
					"not changed since the last pull (the server answered 304 Not Modified)"));
		}
		var report = as(subscription.ownerUsername(), () -> imports.importFile(subscription.name(), fetched.content(),
				new ImportOptions(subscription.organiser(), Set.of(), false)));
		if (!report.imported()) {
			throw new InvalidInput(java.util.Map.of("file", report.lines().stream()
				.filter(line -> line.status() == Status.REJECTED)
				.map(line -> line.ref() + ": " + String.join("; ", line.reasons()))
				.collect(Collectors.joining(" · ", "the calendar was not applied: ", ""))));
		}
		var held = new LinkedHashSet<String>();
		report.lines().stream().filter(line -> line.operationId() != null)
			.forEach(line -> held.add(line.operationId().toString()));
		var removed = new ArrayList<String>();
		for (var gone : subscriptions.events(subscription.id())) {
			if (!held.contains(gone)) {
				as(subscription.ownerUsername(), () -> cancelRemoved(subscription, gone)).ifPresent(removed::add);
			}
		}
		subscriptions.replaceEvents(subscription.id(), held);
		subscriptions.succeeded(subscription.id(), fetched.etag(), fetched.lastModified());
		return recorded(subscription, summary(now, report, removed));
	}

	/** An event the calendar no longer holds: its operation is cancelled, if it is still only tabled. */
	private java.util.Optional<String> cancelRemoved(CalendarSubscription subscription, String operationId) {
		try {
			var view = register.find(new OperationId(UUID.fromString(operationId)));
			if (view.status() != OperationStatus.TABLED) {
				return java.util.Optional.empty();
			}
			register.cancelTabled(view.id(), "removed from the calendar " + subscription.name());
			return java.util.Optional.of(view.plan().name());
		}
		catch (NotFound gone) {
			return java.util.Optional.empty();
		}
	}

	private static SubscriptionPull summary(java.time.Instant now, ImportReport report, List<String> removed) {
		var created = names(report, "CREATED");
		var updated = names(report, "UPDATED");
		var cancelled = names(report, "CANCELLED");
		cancelled.addAll(removed);
		var parts = new ArrayList<String>();
		if (!created.isEmpty()) {
			parts.add("new: " + String.join(", ", created));
		}
		if (!updated.isEmpty()) {
			parts.add("changed: " + String.join(", ", updated));
		}
		if (!cancelled.isEmpty()) {
			parts.add("cancelled: " + String.join(", ", cancelled));
		}
		if (parts.isEmpty()) {
			return new SubscriptionPull(now, "UNCHANGED", report.unchanged() + " operation(s), none changed");
		}
		return new SubscriptionPull(now, "CHANGED", String.join("; ", parts));
	}

	private static List<String> names(ImportReport report, String action) {
		return report.lines().stream().filter(line -> action.equals(line.action())).map(ImportReport.Line::name)
			.map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
	}

	private SubscriptionPull failed(CalendarSubscription subscription, java.time.Instant now, String reason) {
		return transactions.execute(status -> {
			subscriptions.failed(subscription.id(), reason);
			return recorded(subscription, new SubscriptionPull(now, "FAILED", reason));
		});
	}

	private SubscriptionPull recorded(CalendarSubscription subscription, SubscriptionPull pull) {
		subscriptions.record(subscription.id(), pull);
		return pull;
	}

	private static String reason(RuntimeException e) {
		if (e instanceof InvalidInput invalid && !invalid.fieldErrors().isEmpty()) {
			return String.join(" ", invalid.fieldErrors().values());
		}
		return String.valueOf(e.getMessage());
	}

	/** Runs the work signed in as the subscription's owner, so that the access policy applies as to them. */
	private <T> T as(String username, Supplier<T> work) {
		org.springframework.security.core.userdetails.UserDetails details;
		try {
			details = accounts.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException e) {
			throw new IllegalArgumentException("the account " + username + " that registered this calendar no longer exists");
		}
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
				details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
