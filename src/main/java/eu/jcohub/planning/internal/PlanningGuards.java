package eu.jcohub.planning.internal;

import static eu.jcohub.operations.OperationStatus.BUSINESS_CASE;
import static eu.jcohub.operations.OperationStatus.CLOSED;
import static eu.jcohub.operations.OperationStatus.FUNDING;
import static eu.jcohub.operations.OperationStatus.OPERATIONAL;
import static eu.jcohub.operations.OperationStatus.PREPARATION;
import static eu.jcohub.operations.OperationStatus.PROPOSAL;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.planning.BusinessCase;
import eu.jcohub.planning.Invitation;
import eu.jcohub.planning.Refusal;
import eu.jcohub.planning.Transition;
import eu.jcohub.planning.TransitionGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Planning's own say in the lifecycle: a business case is submitted complete and with measurable objectives; an
 * operation is prepared only on an approved business case; one with other countries taking part is prepared and
 * opened only once at least one administration accepted its invitation; it is closed only when its checklist is settled.
 */
@Component
class PlanningGuards implements TransitionGuard {

	private final BusinessCaseStore businessCases;
	private final ObjectiveStore objectives;
	private final InvitationStore invitations;
	private final TaskStore tasks;
	private final MessageSource messages;
	private final OperationRegister register;

	PlanningGuards(BusinessCaseStore businessCases, ObjectiveStore objectives, InvitationStore invitations,
			TaskStore tasks, MessageSource messages, OperationRegister register) {
		this.register = register;
		this.businessCases = businessCases;
		this.objectives = objectives;
		this.invitations = invitations;
		this.tasks = tasks;
		this.messages = messages;
	}

	@Override
	public List<Refusal> refusals(Transition transition) {
		var refusals = new ArrayList<Refusal>();
		var id = transition.operationId();
		if (transition.from() == PROPOSAL && transition.to() == BUSINESS_CASE) {
			var business = businessCases.find(id);
			if (business.isEmpty()) {
				refusals.add(Refusal.of("lifecycle.guard.noBusinessCase"));
			}
			else if (!business.get().missing().isEmpty()) {
				refusals.add(Refusal.of("lifecycle.guard.businessCaseIncomplete", fields(business.get().missing())));
			}
			if (objectives.of(id).isEmpty()) {
				refusals.add(Refusal.of("lifecycle.guard.noObjectives"));
			}
		}
		if (transition.from() == FUNDING && transition.to() == PREPARATION && businessCases.find(id)
			.map(business -> business.state() != BusinessCase.State.APPROVED).orElse(true)) {
			refusals.add(Refusal.of("lifecycle.guard.noApprovedBusinessCase"));
		}
		if ((transition.to() == PREPARATION || (transition.from() == PREPARATION && transition.to() == OPERATIONAL))
				&& withOtherCountries(transition) && invitations.of(id).stream().noneMatch(invitation -> invitation.state() == Invitation.State.ACCEPTED)) {
			refusals.add(Refusal.of("lifecycle.guard.noConfirmedParticipant"));
		}
		if (transition.to() == CLOSED) {
			long open = tasks.of(id).stream().filter(task -> !task.state().settled()).count();
			if (open > 0) {
				refusals.add(Refusal.of("lifecycle.guard.openTasks", open));
			}
		}
		return refusals;
	}

	/** An operation of its lead administration alone (a national operation) has nobody to confirm. */
	private boolean withOtherCountries(Transition transition) {
		return register.circle(transition.operationId()).countriesTakingPart().size() > 1;
	}

	private String fields(List<String> missing) {
		Locale locale = LocaleContextHolder.getLocale();
		return missing.stream()
			.map(field -> messages.getMessage("businessCase." + field, null, field, locale))
			.collect(Collectors.joining(", "));
	}
}
