package eu.jcohub.demo;

import static eu.jcohub.operations.OperationStatus.BUSINESS_CASE;
import static eu.jcohub.operations.OperationStatus.CANCELLED;
import static eu.jcohub.operations.OperationStatus.CLOSED;
import static eu.jcohub.operations.OperationStatus.DEBRIEFING;
import static eu.jcohub.operations.OperationStatus.FOLLOW_UP;
import static eu.jcohub.operations.OperationStatus.FUNDING;
import static eu.jcohub.operations.OperationStatus.OPERATIONAL;
import static eu.jcohub.operations.OperationStatus.PREPARATION;
import static eu.jcohub.operations.OperationStatus.PROPOSAL;
import static eu.jcohub.operations.OperationStatus.REVIEW_BREAK;

import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.Acceptance;
import eu.jcohub.planning.BusinessCaseDraft;
import eu.jcohub.planning.BusinessCases;
import eu.jcohub.planning.ChecklistTemplates;
import eu.jcohub.planning.Checklists;
import eu.jcohub.planning.Invitation;
import eu.jcohub.planning.Invitations;
import eu.jcohub.planning.Lifecycle;
import eu.jcohub.planning.ObjectiveDraft;
import eu.jcohub.planning.Objectives;
import eu.jcohub.planning.Task;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The lifecycle story of the demo, told through planning's API as the people would have lived it, each step dated
 * when it would have happened: last year's operations closed (the most recent in follow-up or debriefing), the
 * running ones operational, a split one in its review break, the coming ones in proposal, business case, funding
 * or preparation with checklists part done and a few tasks overdue, invitations accepted and declined, and one
 * cancelled. An operation is carried only as far as its demo people can take it: invitations are answered by the
 * demo's national coordinators.
 */
@Component
class DemoLifecycle {

	/** Countries whose customs administration has a demo national coordinator to answer invitations. */
	private static final Map<String, String> COORDINATORS = Map.of("FI", "coordinator.fi", "DE", "coordinator.de",
			"PL", "coordinator.pl", "FR", "coordinator.fr", "GR", "coordinator.gr");
	private static final String CANCELLED_REASON = "The funding application was not granted in time; the "
			+ "administrations join the full-scale JCO of the same quarter instead.";
	private static final String NOBODY_CONFIRMED = "No administration confirmed its participation in time.";

	private final Lifecycle lifecycle;
	private final BusinessCases businessCases;
	private final Objectives objectives;
	private final Checklists checklists;
	private final ChecklistTemplates templates;
	private final Invitations invitations;
	private final DemoUsers users;
	private final DemoFunding funding;
	private final Clock clock;

	DemoLifecycle(Lifecycle lifecycle, BusinessCases businessCases, Objectives objectives, Checklists checklists,
			ChecklistTemplates templates, Invitations invitations, DemoUsers users, DemoFunding funding, Clock clock) {
		this.funding = funding;
		this.lifecycle = lifecycle;
		this.businessCases = businessCases;
		this.objectives = objectives;
		this.checklists = checklists;
		this.templates = templates;
		this.invitations = invitations;
		this.users = users;
		this.clock = clock;
	}

	/** One tabled demo operation and when the calendar first knew of it. */
	record Tabled(DemoOperation demo, OperationView view) {
	}

	/**
	 * When the calendar first knew of an operation: weeks to months before its start, depending on who organises it
	 * (a full-scale JCO more than a year ahead, a national operation a few weeks), never after the day of the first
	 * start.
	 */
	static LocalDate firstKnown(OperationPlan plan, LocalDate today, Random random) {
		var start = plan.firstPhase().start();
		int days = switch (plan.type()) {
			case JCO_FULL_SCALE -> 400 + random.nextInt(90);
			case JCO_REGIONAL -> 180 + random.nextInt(120);
			case JOINT_POLICE_CUSTOMS -> 42 + random.nextInt(56);
			case NATIONAL -> 21 + random.nextInt(50);
			case OTHER_BODY -> 28 + random.nextInt(84);
		};
		var known = start.minusDays(days);
		return known.isAfter(today) ? today : known;
	}

	void tell(List<Tabled> operations) {
		tell(operations, operation -> {
		});
	}

	/**
	 * The same, with what happens while each operation's last phase is open (its field reports, validated by the OCU,
	 * and the cases opened from them), told before the phase closes and the debriefing takes its figures.
	 */
	void tell(List<Tabled> operations, Consumer<OperationId> duringTheLastPhase) {
		var today = LocalDate.now(clock);
		boolean cancelled = false;
		for (var operation : operations) {
			var plan = operation.view().plan();
			if (plan.type() == OperationType.OTHER_BODY) {
				continue;
			}
			var target = target(operation, today);
			var reason = CANCELLED_REASON;
			if (target.compareTo(FUNDING) > 0 && !plan.participants().isEmpty()
					&& plan.participants().stream().noneMatch(COORDINATORS::containsKey)) {
				// Nobody of the demo can confirm its participation: it stopped for want of participants.
				target = CANCELLED;
				reason = NOBODY_CONFIRMED;
			}
			if (!cancelled && target == FUNDING && plan.type() == OperationType.JCO_REGIONAL
					&& !plan.organiser().equals("DK-CUSTOMS")) {
				target = CANCELLED;
				cancelled = true;
			}
			new Story(operation, today, reason, duringTheLastPhase).tellUpTo(target);
		}
	}

	/** Where the operation stands on the day of the first start. */
	private static OperationStatus target(Tabled operation, LocalDate today) {
		var plan = operation.view().plan();
		var name = plan.name();
		if (name.equals(DemoPlans.PROPOSED_NEXT)) {
			return PROPOSAL;
		}
		if (name.equals(DemoPlans.PREPARED_AHEAD)) {
			return PREPARATION;
		}
		var end = plan.lastPhase().end();
		if (end.isBefore(today)) {
			if (end.isAfter(today.minusDays(21))) {
				return DEBRIEFING;
			}
			return end.isAfter(today.minusDays(100)) ? FOLLOW_UP : CLOSED;
		}
		var start = plan.firstPhase().start();
		if (!start.isAfter(today)) {
			return plan.phases().stream().anyMatch(phase -> !phase.start().isAfter(today) && !phase.end().isBefore(today))
					? OPERATIONAL : REVIEW_BREAK;
		}
		double elapsed = (double) ChronoUnit.DAYS.between(operation.view().firstKnown(), today)
				/ Math.max(1, ChronoUnit.DAYS.between(operation.view().firstKnown(), start));
		if (elapsed < 0.2) {
			return PROPOSAL;
		}
		if (elapsed < 0.4) {
			return BUSINESS_CASE;
		}
		return elapsed < 0.65 ? FUNDING : PREPARATION;
	}

	/** One operation's story, its steps dated between when it was first known and today. */
	private final class Story {

		private final OperationId id;
		private final OperationPlan plan;
		private final String planner;
		private final LocalDate today;
		private final Instant known;
		private final Instant start;
		private final Instant now;
		private final String cancelReason;
		private final Consumer<OperationId> duringTheLastPhase;

		Story(Tabled operation, LocalDate today, String cancelReason, Consumer<OperationId> duringTheLastPhase) {
			this.cancelReason = cancelReason;
			this.duringTheLastPhase = duringTheLastPhase;
			this.id = operation.view().id();
			this.plan = operation.view().plan();
			this.planner = operation.demo().tabledBy();
			this.today = today;
			this.known = operation.view().firstKnown().atTime(9, 0).toInstant(ZoneOffset.UTC);
			this.start = plan.firstPhase().start().atTime(7, 0).toInstant(ZoneOffset.UTC);
			this.now = Instant.now(clock);
		}

		void tellUpTo(OperationStatus target) {
			boolean jco = plan.type() == OperationType.JCO_FULL_SCALE || plan.type() == OperationType.JCO_REGIONAL;
			var past = plan.lastPhase().end().isBefore(today);
			if (jco) {
				as(planner, () -> checklists.start(id, template().orElseThrow()));
			}
			if (target == PROPOSAL) {
				settleChecklist(false);
				return;
			}
			if (target == CANCELLED) {
				as(planner, () -> lifecycle.move(id, CANCELLED, cancelReason, between(0.3)));
				return;
			}
			as(planner, () -> businessCases.save(id, businessCase()));
			funding.draftBudget(id, plan, planner);
			as(planner, () -> objectives.replace(id, objectives()));
			as(planner, () -> lifecycle.move(id, BUSINESS_CASE, "Business case complete.", between(0.15)));
			if (target == BUSINESS_CASE) {
				settleChecklist(false);
				return;
			}
			as(DemoAccounts.SECRETARIAT, () -> lifecycle.move(id, FUNDING, "Approved at the working party's meeting.",
					between(0.3)));
			invite(past);
			boolean prepared = target != FUNDING && confirmed();
			var funded = funding.seek(id, plan, planner, between(0.02), between(0.3), prepared, today);
			if (!prepared) {
				settleChecklist(false);
				return;
			}
			var securedAt = funded.orElseThrow().plusSeconds(3600);
			var preparedAt = between(0.6).isAfter(securedAt) ? between(0.6) : atLatest(securedAt);
			as(planner, () -> lifecycle.move(id, PREPARATION, "Funding secured.", preparedAt));
			if (target == PREPARATION) {
				settleChecklist(false);
				return;
			}
			as(planner, () -> lifecycle.openPhase(id, "Phase 1 opened.", atLatest(start)));
			if (plan.phases().size() > 1 && target != OPERATIONAL) {
				as(planner, () -> lifecycle.closePhase(id, "Phase 1 closed; risk profiles under review.",
						atLatest(dayAfter(plan.firstPhase().end()))));
				if (target == REVIEW_BREAK) {
					settleChecklist(false);
					return;
				}
				as(planner, () -> lifecycle.openPhase(id, "Phase 2 opened with adjusted risk profiles.",
						atLatest(plan.phases().get(1).start().atTime(7, 0).toInstant(ZoneOffset.UTC))));
			}
			if (target == OPERATIONAL) {
				settleChecklist(false);
				return;
			}
			duringTheLastPhase.accept(id);
			as(planner, () -> lifecycle.closePhase(id, "Last phase closed.", atLatest(dayAfter(plan.lastPhase().end()))));
			if (target == DEBRIEFING) {
				settleChecklist(false);
				return;
			}
			as(planner, () -> lifecycle.move(id, FOLLOW_UP, "Debriefing held.",
					atLatest(dayAfter(plan.lastPhase().end().plusWeeks(5)))));
			if (target == FOLLOW_UP) {
				settleChecklist(false);
				return;
			}
			settleChecklist(true);
			as(planner, () -> lifecycle.move(id, CLOSED, "Final report adopted.",
					atLatest(dayAfter(plan.lastPhase().end().plusMonths(4)))));
		}

		/**
		 * Invites the participants' administrations: for an operation of the past only the one that answers;
		 * ahead, every participant's, and where two demo coordinators answer, the second declines.
		 */
		private void invite(boolean past) {
			var answering = plan.participants().stream().filter(COORDINATORS::containsKey).sorted().toList();
			if (answering.isEmpty()) {
				return;
			}
			var invited = new LinkedHashSet<String>();
			if (past) {
				invited.add(answering.get(0) + "-CUSTOMS");
			}
			else {
				plan.participants().stream().sorted().limit(6).forEach(country -> invited.add(country + "-CUSTOMS"));
			}
			var sent = as(planner, () -> invitations.invite(id, invited,
					"Please confirm your participation and name your contact points.", between(0.35)));
			int answered = 0;
			for (var invitation : sent) {
				var country = invitation.organisation().substring(0, 2);
				var coordinator = COORDINATORS.get(country);
				if (coordinator == null) {
					continue;
				}
				if (answered == 1 && plan.firstPhase().start().isAfter(today)) {
					as(coordinator, () -> invitations.decline(invitation.id(), "NO_RESOURCES",
							"Our mobile teams are committed to a national operation in the same weeks.", between(0.5)));
				}
				else {
					as(coordinator, () -> invitations.accept(invitation.id(), new Acceptance(
							"National contact point, 24/7 desk (fictional): +00 000 000 000", Set.of(),
							"Customs investigation service, central office"), between(0.45)));
				}
				answered++;
			}
		}

		private boolean confirmed() {
			return plan.participants().isEmpty() || as(planner, () -> invitations.of(id)).stream()
				.anyMatch(invitation -> invitation.state() == Invitation.State.ACCEPTED);
		}

		/**
		 * Marks done the checklist's tasks due before today: all of them for a closed operation; ahead, all but the
		 * latest, which stays overdue.
		 */
		private void settleChecklist(boolean all) {
			var tasks = as(planner, () -> checklists.of(id));
			if (tasks.isEmpty()) {
				return;
			}
			var due = new ArrayList<UUID>();
			Task latest = null;
			for (var task : tasks) {
				if (all || task.due().isBefore(today)) {
					due.add(task.id());
					latest = task;
				}
			}
			if (!all && latest != null && due.size() > 2) {
				due.remove(latest.id());
			}
			as(planner, () -> checklists.markDone(id, due, atLatest(now.minus(Duration.ofHours(1)))));
		}

		private BusinessCaseDraft businessCase() {
			var budget = switch (plan.type()) {
				case JCO_FULL_SCALE -> "450000";
				case JCO_REGIONAL -> "120000";
				default -> "0";
			};
			return new BusinessCaseDraft(plan.objectives() == null ? "Threat in the planned area." : plan.objectives(),
					"OCTA " + plan.firstPhase().start().minusYears(1).getYear(), plan.objectives(), plan.countriesTakingPart(),
					plan.riskAreas(), plan.transportModes(), budget, plan.firstPhase().start().toString(),
					plan.lastPhase().end().toString());
		}

		private List<ObjectiveDraft> objectives() {
			var risk = plan.riskAreas().iterator().next();
			return List.of(new ObjectiveDraft("Detect and seize consignments of the targeted goods", "SEIZURES_OF_RISK_AREA",
					risk, null, plan.type() == OperationType.JCO_FULL_SCALE ? "120" : "25"),
					new ObjectiveDraft("Control the high-risk traffic selected by the risk profiles", "CONTROLS", null, null,
							plan.type() == OperationType.NATIONAL ? "300" : "2000"),
					new ObjectiveDraft("Share intelligence through the OCU in real time", "ASSESSED_MANUALLY", null, null,
							null));
		}

		private Optional<UUID> template() {
			var name = plan.phases().size() > 1 ? "Split-phase JCO"
					: plan.type() == OperationType.JCO_FULL_SCALE ? "Full-scale JCO" : "Regional JCO";
			return as(planner, () -> templates.all()).stream().filter(t -> t.name().equals(name)).map(t -> t.id())
				.findFirst();
		}

		/** A moment a share of the way from when the operation was first known to its start, never in the future. */
		private Instant between(double share) {
			var moment = known.plusSeconds((long) (Duration.between(known, start).getSeconds() * share));
			return atLatest(moment);
		}

		private Instant atLatest(Instant moment) {
			var latest = now.minus(Duration.ofMinutes(5));
			return moment.isAfter(latest) ? latest : moment;
		}

		private Instant dayAfter(LocalDate day) {
			return day.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
		}
	}

	private <T> T as(String username, java.util.function.Supplier<T> work) {
		return users.as(username, work);
	}
}
