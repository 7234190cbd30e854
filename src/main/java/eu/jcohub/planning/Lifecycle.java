package eu.jcohub.planning;

import static eu.jcohub.operations.OperationStatus.BUSINESS_CASE;
import static eu.jcohub.operations.OperationStatus.CANCELLED;
import static eu.jcohub.operations.OperationStatus.DEBRIEFING;
import static eu.jcohub.operations.OperationStatus.FUNDING;
import static eu.jcohub.operations.OperationStatus.OPERATIONAL;
import static eu.jcohub.operations.OperationStatus.PROPOSAL;
import static eu.jcohub.operations.OperationStatus.REVIEW_BREAK;
import static eu.jcohub.operations.OperationStatus.TABLED;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.CurrentUser;
import eu.jcohub.access.Visibility;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.internal.LifecycleHistory;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of an operation: the only way it moves, from proposal to closed. Each step must be one the lifecycle
 * allows from where the operation stands, taken by someone who may plan it, and pass every {@link TransitionGuard};
 * otherwise it is refused with every reason in words. Operational phases are opened and closed by the execution of
 * the operation ({@link #openPhase}, {@link #closePhase}), never as a plain step. Operations of other bodies are
 * tabled for coordination only and have no lifecycle here.
 */
@Service
public class Lifecycle {

	/** A reason is a sentence or a short paragraph. */
	public static final int MAX_REASON = 2000;

	private final OperationRegister register;
	private final AccessPolicy access;
	private final List<TransitionGuard> guards;
	private final LifecycleHistory history;
	private final UserAccounts accounts;
	private final MessageSource messages;
	private final Clock clock;

	Lifecycle(OperationRegister register, AccessPolicy access, List<TransitionGuard> guards, LifecycleHistory history,
			UserAccounts accounts, MessageSource messages, Clock clock) {
		this.register = register;
		this.access = access;
		this.guards = List.copyOf(guards);
		this.history = history;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Where the operation stands, for those who may see its details: its history and, for those who may plan it,
	 * the steps allowed from there, each open or refused with its reasons.
	 */
	public LifecycleView of(OperationId id) {
		var operation = detailed(id);
		var visibility = access.visibility();
		int phase = history.phasesOpened(id);
		var steps = operation.changeable() && operation.status() != TABLED
				? operation.status().next().stream().sorted().map(to -> step(operation, to, visibility)).toList()
				: List.<LifecycleView.Step>of();
		return new LifecycleView(operation.status(), phase, operation.plan().phases().size(), steps, history(operation));
	}

	/** The operation's steps, first its tabling, then each move with who, when and why. */
	public List<HistoryEntry> history(OperationId id) {
		return history(detailed(id));
	}

	/**
	 * Takes a step of the lifecycle, as a user asks for it. Refused: a step the lifecycle does not allow from where
	 * the operation stands, one that belongs to the execution of the operation, one a guard refuses
	 * ({@link TransitionRefused}, 409); by someone who may not plan the operation or approve its business case
	 * (403); cancelling or returning a business case without saying why (422).
	 */
	@Transactional
	public OperationView move(OperationId id, OperationStatus to, @Nullable String reason) {
		return move(id, to, reason, Instant.now(clock));
	}

	/**
	 * The same step, dated when it happened: for histories entered after the fact (the demo's past operations).
	 */
	@Transactional
	public OperationView move(OperationId id, OperationStatus to, @Nullable String reason, Instant at) {
		var operation = register.find(id);
		var from = operation.status();
		if (from != TABLED && !operation.changeable()) {
			throw Forbidden.because(PlanningRules.PLAN.refusalKey(), "You may not plan this operation.");
		}
		refuse(verdict(from, to), from, to);
		if (from == BUSINESS_CASE && to == FUNDING) {
			access.visibility().require(PlanningRules.APPROVE);
		}
		var errors = new InvalidInput.Collector().text("reason", reason, MAX_REASON);
		errors.throwIfAny();
		var why = reason == null ? "" : reason.strip();
		if (reasonRequired(from, to) && why.isEmpty()) {
			throw InvalidInput.of("reason", text("lifecycle.reason.required"));
		}
		return take(operation, to, 0, why, at);
	}

	/**
	 * Refuses (403) whoever may not plan the operation, before anything they sent is read: a refusal never depends
	 * on the input. (Operations of other bodies are left to {@link #move}, which says they have no lifecycle.)
	 */
	public void requireMayPlan(OperationId id) {
		var operation = register.find(id);
		if (operation.status() != TABLED && !operation.changeable()) {
			throw Forbidden.because(PlanningRules.PLAN.refusalKey(), "You may not plan this operation.");
		}
	}

	/** What the lifecycle itself says of a step asked for by a user, before access and guards. */
	public enum Verdict { ALLOWED, NO_LIFECYCLE, COMPLETE, OUT_OF_ORDER, BY_EXECUTION }

	/**
	 * The lifecycle's own rule for a step a user asks for: operations of other bodies have none; a closed or
	 * cancelled one is complete; a step must be one the lifecycle allows next; steps into, within and out of the
	 * operational phases belong to the execution of the operation.
	 */
	public static Verdict verdict(OperationStatus from, OperationStatus to) {
		if (from == TABLED) {
			return Verdict.NO_LIFECYCLE;
		}
		if (from.next().isEmpty()) {
			return Verdict.COMPLETE;
		}
		if (!from.mayMoveTo(to)) {
			return Verdict.OUT_OF_ORDER;
		}
		return byExecution(from, to) ? Verdict.BY_EXECUTION : Verdict.ALLOWED;
	}

	private void refuse(Verdict verdict, OperationStatus from, OperationStatus to) {
		switch (verdict) {
			case ALLOWED -> { }
			case NO_LIFECYCLE -> throw new TransitionRefused(List.of(text("lifecycle.refused.tabled")));
			case COMPLETE -> throw new TransitionRefused(List.of(text("lifecycle.refused.final", status(from))));
			case OUT_OF_ORDER -> throw new TransitionRefused(List.of(text("lifecycle.refused.order", status(from),
					status(to), from.next().stream().sorted().map(this::status).collect(Collectors.joining(", ")))));
			case BY_EXECUTION -> throw new TransitionRefused(List.of(text("lifecycle.refused.execution")));
		}
	}

	/**
	 * Opens the next operational phase, from preparation or a review break. For the execution of the operation,
	 * whose phase opening is the only way into an operational phase; its guards (a risk profile for the phase …)
	 * apply like any other.
	 */
	@Transactional
	public OperationView openPhase(OperationId id, String reason) {
		return openPhase(id, reason, Instant.now(clock));
	}

	/** The same, dated when the phase opened (the demo's past operations). */
	@Transactional
	public OperationView openPhase(OperationId id, String reason, Instant at) {
		return openPhase(id, reason, at, false);
	}

	/**
	 * The same, for the module running the execution of the operation, which decides with its own rules whether the
	 * user runs it ({@code byItsOcu}: the operation's OCU, who need not be a planner); otherwise the user must be
	 * one who may plan it.
	 */
	@Transactional
	public OperationView openPhase(OperationId id, String reason, Instant at, boolean byItsOcu) {
		var operation = register.find(id);
		var verdict = verdict(operation.status(), OPERATIONAL);
		refuse(verdict == Verdict.BY_EXECUTION ? Verdict.ALLOWED : verdict, operation.status(), OPERATIONAL);
		if (!byItsOcu) {
			requirePlanner(operation);
		}
		return take(operation, OPERATIONAL, history.phasesOpened(id) + 1, reason, at, byItsOcu);
	}

	/**
	 * Closes the operational phase under way: into a review break when another phase follows, otherwise into the
	 * debriefing. For the execution of the operation, like {@link #openPhase}.
	 */
	@Transactional
	public OperationView closePhase(OperationId id, String reason) {
		return closePhase(id, reason, Instant.now(clock));
	}

	/** The same, dated when the phase closed (the demo's past operations). */
	@Transactional
	public OperationView closePhase(OperationId id, String reason, Instant at) {
		return closePhase(id, reason, at, false);
	}

	/** The same, for the module running the execution of the operation, like {@link #openPhase(OperationId, String, Instant, boolean)}. */
	@Transactional
	public OperationView closePhase(OperationId id, String reason, Instant at, boolean byItsOcu) {
		var operation = register.find(id);
		if (operation.status() == TABLED) {
			refuse(Verdict.NO_LIFECYCLE, TABLED, DEBRIEFING);
		}
		if (operation.status() != OPERATIONAL) {
			throw new TransitionRefused(List.of(text("lifecycle.refused.noPhaseOpen", status(operation.status()))));
		}
		if (!byItsOcu) {
			requirePlanner(operation);
		}
		int phase = history.phasesOpened(id);
		var to = phase < operation.plan().phases().size() ? REVIEW_BREAK : DEBRIEFING;
		return take(operation, to, phase, reason, at, byItsOcu);
	}

	private OperationView take(OperationView operation, OperationStatus to, int phase, String reason, Instant at) {
		return take(operation, to, phase, reason, at, false);
	}

	private OperationView take(OperationView operation, OperationStatus to, int phase, String reason, Instant at,
			boolean byItsOcu) {
		var refusals = guardRefusals(new Transition(operation.id(), operation.status(), to, phase));
		if (!refusals.isEmpty()) {
			throw new TransitionRefused(refusals);
		}
		return byItsOcu ? register.moveByExecution(operation.id(), to, reason, at)
				: register.moveTo(operation.id(), to, reason, at);
	}

	private LifecycleView.Step step(OperationView operation, OperationStatus to, Visibility visibility) {
		var from = operation.status();
		if (byExecution(from, to)) {
			return new LifecycleView.Step(to, true, false, List.of());
		}
		var refusals = new ArrayList<String>();
		if (from == BUSINESS_CASE && to == FUNDING && !visibility.allows(PlanningRules.APPROVE)) {
			refusals.add(text(PlanningRules.APPROVE.refusalKey()));
		}
		refusals.addAll(guardRefusals(new Transition(operation.id(), from, to, 0)));
		return new LifecycleView.Step(to, false, reasonRequired(from, to), refusals);
	}

	private List<String> guardRefusals(Transition transition) {
		return guards.stream()
			.flatMap(guard -> guard.refusals(transition).stream())
			.map(refusal -> text(refusal.key(), refusal.arguments().toArray()))
			.toList();
	}

	/** Steps into, within and out of the operational phases belong to the execution of the operation. */
	static boolean byExecution(OperationStatus from, OperationStatus to) {
		return to == OPERATIONAL || to == REVIEW_BREAK || from == OPERATIONAL || from == REVIEW_BREAK;
	}

	/** Cancelling, and sending a business case back, must say why. */
	static boolean reasonRequired(OperationStatus from, OperationStatus to) {
		return to == CANCELLED || (from == BUSINESS_CASE && to == PROPOSAL);
	}

	private void requirePlanner(OperationView operation) {
		if (!operation.changeable()) {
			throw Forbidden.because(PlanningRules.PLAN.refusalKey(), "You may not plan this operation.");
		}
	}

	private OperationView detailed(OperationId id) {
		var operation = register.find(id);
		if (!operation.detailsVisible()) {
			throw Forbidden.because("access.details.refused",
					"Only the organiser, the participants and the coordination secretariat may see this.");
		}
		return operation;
	}

	private List<HistoryEntry> history(OperationView operation) {
		var entries = new ArrayList<HistoryEntry>();
		if (operation.status() != TABLED) {
			entries.add(new HistoryEntry(null, PROPOSAL, null, null, null,
					operation.firstKnown().atStartOfDay(clock.getZone()).toInstant()));
		}
		for (var step : history.of(operation.id())) {
			entries.add(new HistoryEntry(step.from(), step.to(), step.reason(), step.by(),
					step.by() == null ? null : accounts.find(step.by()).map(CurrentUser::displayName).orElse(step.by()),
					step.at()));
		}
		return entries;
	}

	private String status(OperationStatus status) {
		return text("operation.status." + status.name());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
