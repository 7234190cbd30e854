package eu.jcohub.coordination;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.Visibility;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.coordination.internal.MessageStore;
import eu.jcohub.coordination.internal.MessageStore.StoredMessage;
import eu.jcohub.notifications.NotificationMessage;
import eu.jcohub.notifications.Notifications;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OCU's messages and alerts to the administrations taking part: to all of them or to one. Each administration
 * acknowledges a message once (any of its people); the OCU and the leader see who has not. Its people are told in
 * their notifications.
 */
@Service
public class Messages {

	static final int LONGEST_TEXT = 2000;

	private final MessageStore store;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final UserAccounts accounts;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final org.springframework.context.MessageSource words;

	Messages(org.springframework.context.MessageSource words, MessageStore store, OperationRegister operations,
			AccessPolicy access, ReferenceData reference,
			UserAccounts accounts, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.words = words;
		this.store = store;
		this.operations = operations;
		this.access = access;
		this.reference = reference;
		this.accounts = accounts;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a message to every administration taking part (without {@code addressedTo}) or to one of them; each of
	 * their people finds it in their notifications.
	 */
	@Transactional
	public MessageView send(OperationId operationId, @Nullable String addressedTo, @Nullable String text) {
		var visibility = access.visibility();
		var circle = operations.circle(operationId);
		visibility.require(CoordinationRules.COORDINATE, circle.asRecord(today()));
		var sender = visibility.user();
		var administrations = administrationsOf(circle, sender.organisation());
		var problems = new InvalidInput.Collector();
		var body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			problems.reject("text", words("coordination.message.text.required"));
		}
		else if (body.length() > LONGEST_TEXT) {
			problems.reject("text", words("coordination.message.text.tooLong"));
		}
		var to = addressedTo == null || addressedTo.isBlank() ? null : addressedTo.strip();
		if (to != null && !administrations.contains(to)) {
			problems.reject("addressedTo", words("coordination.message.addressedTo.unknown"));
		}
		problems.throwIfAny();
		var recipients = (to == null ? administrations : Set.of(to)).stream()
			.map(organisation -> new MessageStore.Recipient(organisation, null, null))
			.toList();
		var message = new StoredMessage(UUID.randomUUID(), operationId, sender.username(), sender.organisation(), to,
				body, clock.instant(), new ArrayList<>(recipients));
		store.insert(message);
		var people = recipients.stream().flatMap(r -> accounts.usernamesOf(r.organisation()).stream()).toList();
		notifications.send(people, NotificationMessage.of("notification.coordinationMessage", circle.name(),
				reference.organisationName(sender.organisation()), body), "/operations/" + operationId.value() + "/messages");
		events.publishEvent(RecordChanged.created(CoordinationAuditVocabulary.MESSAGE, message.id().toString(),
				Map.of("addressedTo", to == null ? "" : to, "text", body))
			.ownedBy(sender.organisation()).labelled(circle.name()));
		return view(message, visibility, true);
	}

	/** The reader's administration acknowledges the message (once; a second acknowledgement changes nothing). */
	@Transactional
	public MessageView acknowledge(UUID messageId) {
		var visibility = access.visibility();
		var message = store.find(messageId).orElseThrow(() -> new NotFound("Message", messageId));
		var circle = operations.circle(message.operationId());
		visibility.require(CoordinationRules.ACKNOWLEDGE, protect(message, circle));
		var organisation = visibility.user().organisation();
		if (store.acknowledge(messageId, organisation, visibility.user().username(), clock.instant())) {
			events.publishEvent(RecordChanged.of(CoordinationAuditVocabulary.MESSAGE, messageId.toString(),
					CoordinationAuditVocabulary.ACKNOWLEDGED, Map.of("organisation", organisation))
				.ownedBy(message.senderOrganisation()).labelled(circle.name()));
		}
		var stored = store.find(messageId).orElseThrow();
		return view(stored, visibility, visibility.allows(CoordinationRules.COORDINATE, circle.asRecord(today())));
	}

	/**
	 * The operation's messages the reader may see: all of them, with who acknowledged, for those who coordinate;
	 * those sent to their administration for the others who follow the operation.
	 */
	public List<MessageView> ofOperation(OperationId operationId) {
		var visibility = access.visibility();
		var circle = operations.circle(operationId);
		visibility.require(CoordinationRules.FOLLOW, circle.asRecord(today()));
		boolean coordinates = visibility.allows(CoordinationRules.COORDINATE, circle.asRecord(today()));
		return store.ofOperation(operationId).stream()
			.filter(message -> coordinates || message.organisations().contains(visibility.user().organisation()))
			.map(message -> view(message, visibility, coordinates))
			.toList();
	}

	public boolean mayCoordinate(OperationId operationId) {
		return access.visibility().allows(CoordinationRules.COORDINATE,
				operations.circle(operationId).asRecord(today()));
	}

	/** The administrations a message can be sent to, by name (for the form). */
	public List<Organisation> administrations(OperationId operationId) {
		var circle = operations.circle(operationId);
		access.visibility().require(CoordinationRules.COORDINATE, circle.asRecord(today()));
		return administrationsOf(circle, access.currentUser().organisation()).stream()
			.map(code -> reference.organisation(code).orElse(new Organisation(code, code, Organisation.Kind.CUSTOMS, null,
					code)))
			.sorted(java.util.Comparator.comparing(Organisation::name))
			.toList();
	}

	/**
	 * The customs administrations of the countries taking part and the partner organisations that follow the
	 * operation, but the sender's. Police and judicial partners take part only for their Naples II requests: the
	 * operation's coordination is not theirs to read.
	 */
	private Set<String> administrationsOf(OperationCircle circle, String sender) {
		var codes = new TreeSet<String>();
		reference.organisations().stream()
			.filter(organisation -> organisation.kind() == Organisation.Kind.CUSTOMS)
			.filter(organisation -> organisation.countryCode().map(circle.countriesTakingPart()::contains).orElse(false))
			.forEach(organisation -> codes.add(organisation.code()));
		circle.partnerOrganisations().stream()
			.filter(code -> reference.organisation(code)
				.map(organisation -> !CurrentUser.policeOrJudicial(organisation.kind().name())).orElse(true))
			.forEach(codes::add);
		codes.remove(sender);
		return codes;
	}

	private eu.jcohub.access.ProtectedRecord protect(StoredMessage message, OperationCircle circle) {
		return circle.protect(message.senderOrganisation(), HandlingCode.NAMED, message.organisations(), today());
	}

	private MessageView view(StoredMessage message, Visibility visibility, boolean coordinates) {
		var mine = message.recipients().stream()
			.filter(recipient -> recipient.organisation().equals(visibility.user().organisation()))
			.findFirst();
		var recipients = coordinates ? message.recipients().stream()
			.map(r -> new MessageView.Recipient(r.organisation(), reference.organisationName(r.organisation()),
					r.acknowledgedBy(), r.acknowledgedAt()))
			.toList() : List.<MessageView.Recipient>of();
		long pending = coordinates ? message.recipients().stream().filter(r -> r.acknowledgedAt() == null).count() : 0;
		return new MessageView(message.id(), message.operationId(), message.body(), message.sender(),
				reference.organisationName(message.senderOrganisation()),
				message.addressedTo() == null ? null : reference.organisationName(message.addressedTo()),
				message.sentAt(), recipients, mine.map(MessageStore.Recipient::acknowledgedAt).orElse(null),
				mine.isPresent() && mine.get().acknowledgedAt() == null, pending);
	}

	/** Field errors in the reader's words: the API shows them as they are, and so does the form. */
	private String words(String key) {
		return words.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
