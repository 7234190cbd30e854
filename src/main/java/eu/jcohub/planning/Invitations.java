package eu.jcohub.planning;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.notifications.NotificationMessage;
import eu.jcohub.notifications.Notifications;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.internal.InvitationStore;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to take part in an operation. Those who plan it invite customs administrations; the national
 * coordinator of an invited administration accepts (naming its contact points and the border points and offices
 * taking part, which makes its country a participant) or declines with a reason from the list. The planners see
 * every invitation and answer; an invited administration sees its own.
 */
@Service
public class Invitations {

	static final Set<OperationStatus> INVITING = EnumSet.of(OperationStatus.PROPOSAL, OperationStatus.BUSINESS_CASE,
			OperationStatus.FUNDING, OperationStatus.PREPARATION);
	static final Set<OperationStatus> ANSWERABLE = EnumSet.of(OperationStatus.PROPOSAL, OperationStatus.BUSINESS_CASE,
			OperationStatus.FUNDING, OperationStatus.PREPARATION, OperationStatus.OPERATIONAL,
			OperationStatus.REVIEW_BREAK);
	private static final int MAX_TEXT = 2000;

	private final InvitationStore store;
	private final OperationRegister register;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final UserAccounts accounts;
	private final OperationRoles roles;
	private final Notifications notifications;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Invitations(InvitationStore store, OperationRegister register, ReferenceData reference, AccessPolicy access,
			UserAccounts accounts, OperationRoles roles, Notifications notifications, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.register = register;
		this.reference = reference;
		this.access = access;
		this.accounts = accounts;
		this.roles = roles;
		this.notifications = notifications;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** The operation's invitations: all of them for those who plan it, their own for an invited administration. */
	public List<Invitation> of(OperationId id) {
		var operation = register.find(id);
		var all = store.of(id);
		if (operation.changeable()) {
			return all;
		}
		var organisation = access.currentUser().organisation();
		var own = all.stream().filter(invitation -> invitation.organisation().equals(organisation)).toList();
		if (own.isEmpty()) {
			throw Forbidden.because(PlanningRules.PLAN.refusalKey(), "You may not see this operation's invitations.");
		}
		return own;
	}

	/** The invitations to the user's administration, open ones first. */
	public List<Invitation> inbox() {
		return store.to(access.currentUser().organisation());
	}

	public Invitation find(UUID id) {
		var invitation = store.find(id).orElseThrow(() -> new NotFound("Invitation", id));
		var operation = register.find(invitation.operationId());
		if (!operation.changeable() && !invitation.organisation().equals(access.currentUser().organisation())) {
			throw Forbidden.because(PlanningRules.ANSWER.refusalKey(),
					"Only the invited administration and those who plan the operation see this invitation.");
		}
		return invitation;
	}

	public boolean mayAnswer(Invitation invitation) {
		return invitation.open() && access.visibility().allows(PlanningRules.ANSWER,
				PlanningRules.ownedBy(invitation.organisation()));
	}

	/**
	 * The operation's invitations as figures count them (whom, and the answer): for aggregates shown only to those
	 * who see the operation's details, so it asks no right of its own.
	 */
	public List<InvitationFigure> figuresOf(OperationId id) {
		return store.of(id).stream()
			.map(invitation -> new InvitationFigure(invitation.organisation(), invitation.state(),
					invitation.declineReason()))
			.toList();
	}

	/** How many administrations accepted: the lifecycle's "confirmed participants". */
	public long accepted(OperationId id) {
		return store.of(id).stream().filter(invitation -> invitation.state() == Invitation.State.ACCEPTED).count();
	}

	/**
	 * Invites customs administrations (not the organiser itself) before the operation starts. Administrations
	 * already invited are left as they are; their coordinators are told of the new invitations.
	 */
	@Transactional
	public List<Invitation> invite(OperationId id, Set<String> organisations, @Nullable String message) {
		return invite(id, organisations, message, Instant.now(clock));
	}

	/** The same invitations, dated when they were sent: for histories entered after the fact (the demo's). */
	@Transactional
	public List<Invitation> invite(OperationId id, Set<String> organisations, @Nullable String message, Instant at) {
		var operation = register.find(id);
		Objectives.requirePlanning(operation);
		if (!INVITING.contains(operation.status())) {
			throw new DomainRuleViolation("Invitations to " + operation.plan().name()
					+ " are sent before it starts; it is at the step “" + word("operation.status." + operation.status().name()) + "”.");
		}
		var errors = new InvalidInput.Collector();
		if (organisations == null || organisations.isEmpty()) {
			errors.reject("organisations", "choose at least one administration to invite");
		}
		else {
			organisations.stream()
				.filter(code -> reference.organisation(code).filter(o -> o.kind() == Organisation.Kind.CUSTOMS).isEmpty()
						|| code.equals(operation.plan().organiser()))
				.findFirst()
				.ifPresent(code -> errors.reject("organisations", ("invite customs administrations other than the organiser: "
						+ Planning.shown(code)).strip()));
		}
		errors.text("message", message, MAX_TEXT);
		var text = BusinessCases.blankToNull(message);
		errors.throwIfAny();
		var user = access.currentUser();
		var sent = new java.util.TreeSet<String>();
		for (var organisation : new java.util.TreeSet<>(organisations)) {
			var invitation = new Invitation(UUID.randomUUID(), id, organisation, text, user.username(),
					at, Invitation.State.OPEN, null, Set.of(), null, null, null, null, null);
			if (store.insert(invitation)) {
				sent.add(organisation);
				audit(operation, invitation, AuditAction.CREATED, Map.of("organisation", organisation));
				notifications.send(coordinatorsOf(organisation), NotificationMessage.of("notification.invitation",
						operation.plan().name(), reference.organisation(operation.plan().organiser())
							.map(Organisation::name).orElse(operation.plan().organiser()),
						operation.plan().firstPhase().start()), "/planning/invitations");
			}
		}
		if (!sent.isEmpty()) {
			events.publishEvent(new InvitationsSent(id, sent));
		}
		return store.of(id);
	}

	/**
	 * Accepts an open invitation of the user's administration, naming its contact points and at least one border
	 * point or office; its country joins the operation's participants.
	 */
	@Transactional
	public Invitation accept(UUID id, Acceptance acceptance) {
		return accept(id, acceptance, Instant.now(clock));
	}

	/** The same answer, dated when it was given: for histories entered after the fact (the demo's). */
	@Transactional
	public Invitation accept(UUID id, Acceptance acceptance, Instant at) {
		var invitation = answerable(id);
		var errors = new InvalidInput.Collector().text("contactPoints", acceptance.contactPoints(), MAX_TEXT)
			.text("offices", acceptance.offices(), MAX_TEXT);
		var contacts = BusinessCases.blankToNull(acceptance.contactPoints());
		if (contacts == null) {
			errors.reject("contactPoints", "name the contact points: who, and how to reach them");
		}
		else if (contacts.length() > MAX_TEXT) {
			errors.reject("contactPoints", "at most " + MAX_TEXT + " characters");
		}
		acceptance.borderPoints().stream().filter(code -> !reference.isLocation(code)).findFirst()
			.ifPresent(code -> errors.reject("borderPoints", ("unknown border point or office " + Planning.shown(code)).strip()));
		var offices = BusinessCases.blankToNull(acceptance.offices());
		if (offices != null && offices.length() > MAX_TEXT) {
			errors.reject("offices", "at most " + MAX_TEXT + " characters");
		}
		if (acceptance.borderPoints().isEmpty() && offices == null) {
			errors.reject("borderPoints", "name at least one border point or office taking part");
		}
		errors.throwIfAny();
		var answered = answered(invitation, Invitation.State.ACCEPTED, contacts, acceptance.borderPoints(), offices,
				null, null, at);
		reference.organisation(invitation.organisation()).flatMap(Organisation::countryCode)
			.ifPresent(country -> register.admit(invitation.operationId(), country));
		tellPlanners(answered, "notification.invitationAccepted", "");
		return answered;
	}

	/**
	 * Declines an open invitation of the user's administration, with a reason from the list ("other" says which);
	 * its country is no longer among the operation's participants.
	 */
	@Transactional
	public Invitation decline(UUID id, @Nullable String reason, @Nullable String note) {
		return decline(id, reason, note, Instant.now(clock));
	}

	/** The same answer, dated when it was given: for histories entered after the fact (the demo's). */
	@Transactional
	public Invitation decline(UUID id, @Nullable String reason, @Nullable String note, Instant at) {
		var invitation = answerable(id);
		var errors = new InvalidInput.Collector();
		DeclineReason why = null;
		try {
			why = DeclineReason.valueOf(String.valueOf(reason).strip());
		}
		catch (IllegalArgumentException e) {
			errors.reject("reason", "choose a reason from the list: " + Arrays.stream(DeclineReason.values())
				.map(value -> word("invitation.reason." + value.name())).collect(Collectors.joining(", ")));
		}
		errors.text("note", note, MAX_TEXT);
		var text = BusinessCases.blankToNull(note);
		if (why == DeclineReason.OTHER && text == null) {
			errors.reject("note", "say why the administration declines");
		}
		if (text != null && text.length() > MAX_TEXT) {
			errors.reject("note", "at most " + MAX_TEXT + " characters");
		}
		errors.throwIfAny();
		var answered = answered(invitation, Invitation.State.DECLINED, null, Set.of(), null, why, text, at);
		// The plan may have listed the country as expected: once it declines, it no longer counts as taking part.
		reference.organisation(invitation.organisation()).flatMap(Organisation::countryCode)
			.ifPresent(country -> register.withdraw(invitation.operationId(), country));
		tellPlanners(answered, "notification.invitationDeclined",
				messages.getMessage("invitation.reason." + why.name(), null, why.name(), Locale.ENGLISH));
		return answered;
	}

	/** A status or reason in words, as the pages show it. */
	private String word(String key) {
		return messages.getMessage(key, null, key, Locale.ENGLISH);
	}

	private Invitation answerable(UUID id) {
		var invitation = store.find(id).orElseThrow(() -> new NotFound("Invitation", id));
		if (!access.visibility().allows(PlanningRules.ANSWER, PlanningRules.ownedBy(invitation.organisation()))) {
			throw Forbidden.because(PlanningRules.ANSWER.refusalKey(),
					"Only the national coordinator of the invited administration answers this invitation.");
		}
		if (!invitation.open()) {
			throw new DomainRuleViolation("This invitation was already answered.");
		}
		var operation = register.find(invitation.operationId());
		if (!ANSWERABLE.contains(operation.status())) {
			throw new DomainRuleViolation("Operation " + operation.plan().name() + " is at the step “"
					+ word("operation.status." + operation.status().name()) + "”; its invitations can no longer be answered.");
		}
		return invitation;
	}

	private Invitation answered(Invitation invitation, Invitation.State state, @Nullable String contacts,
			Set<String> borderPoints, @Nullable String offices, @Nullable DeclineReason reason, @Nullable String note,
			Instant at) {
		var answered = new Invitation(invitation.id(), invitation.operationId(), invitation.organisation(),
				invitation.message(), invitation.invitedBy(), invitation.invitedAt(), state, contacts, borderPoints,
				offices, reason, note, access.currentUser().username(), at);
		if (!store.answer(answered)) {
			throw new DomainRuleViolation("This invitation was already answered.");
		}
		var after = new LinkedHashMap<String, Object>();
		after.put("organisation", invitation.organisation());
		after.put("state", state.name());
		if (reason != null) {
			after.put("declineReason", reason.name());
		}
		var operation = register.find(invitation.operationId());
		audit(operation, answered, state == Invitation.State.ACCEPTED ? PlanningAuditVocabulary.ACCEPTED
				: PlanningAuditVocabulary.DECLINED, after);
		events.publishEvent(new InvitationAnswered(invitation.operationId(), invitation.id(), invitation.organisation(),
				state, reason));
		return answered;
	}

	private void tellPlanners(Invitation answered, String key, String reason) {
		var operation = register.circle(answered.operationId());
		var recipients = new LinkedHashSet<String>();
		for (var username : accounts.usernamesOf(operation.organiser())) {
			accounts.find(username).filter(CurrentUser::mayTableOperations).ifPresent(user -> recipients.add(username));
		}
		recipients.addAll(roles.holdersOf(answered.operationId(), OperationRole.LEADER));
		notifications.send(recipients, NotificationMessage.of(key, reference.organisation(answered.organisation())
			.map(Organisation::name).orElse(answered.organisation()), operation.name(), reason),
				"/operations/" + answered.operationId() + "#invitations");
	}

	private List<String> coordinatorsOf(String organisation) {
		return accounts.usernamesOf(organisation).stream()
			.filter(username -> accounts.find(username).map(user -> user.has(Role.NATIONAL_COORDINATOR)).orElse(false))
			.toList();
	}

	private void audit(OperationView operation, Invitation invitation, AuditAction action, Map<String, ?> after) {
		events.publishEvent(RecordChanged.of(PlanningAuditVocabulary.INVITATION, invitation.id().toString(), action, after)
			.ownedBy(operation.plan().organiser())
			.labelled(operation.plan().name() + " – " + reference.organisation(invitation.organisation())
				.map(Organisation::name).orElse(invitation.organisation())));
	}
}
