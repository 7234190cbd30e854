package eu.jcohub.planning;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.internal.InvitationStore;
import eu.jcohub.planning.internal.TaskStore;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The facilitating structure's and the secretariat's view over planning: every operation in planning with its
 * state, next deadlines, overdue tasks, invitations, unresolved conflicts and funding; the risk areas and transport
 * modes nobody covers this year and next; and what is to be followed up after operations.
 */
@Service
public class FacilitatorBoard {

	/** The statuses of an operation being planned. */
	public static final Set<OperationStatus> IN_PLANNING = EnumSet.of(OperationStatus.PROPOSAL,
			OperationStatus.BUSINESS_CASE, OperationStatus.FUNDING, OperationStatus.PREPARATION);
	static final int NEXT_DEADLINES = 3;

	private final OperationRegister register;
	private final TaskStore tasks;
	private final InvitationStore invitations;
	private final ConflictChecks conflicts;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final List<FollowUpSource> followUps;
	private final Optional<FundingState> funding;
	private final Clock clock;

	FacilitatorBoard(OperationRegister register, TaskStore tasks, InvitationStore invitations, ConflictChecks conflicts,
			ReferenceData reference, AccessPolicy access, List<FollowUpSource> followUps,
			Optional<FundingState> funding, Clock clock) {
		this.register = register;
		this.tasks = tasks;
		this.invitations = invitations;
		this.conflicts = conflicts;
		this.reference = reference;
		this.access = access;
		this.followUps = List.copyOf(followUps);
		this.funding = funding;
		this.clock = clock;
	}

	/** Every operation in planning (of the last year and the years ahead), matching the status and organiser given. */
	public List<BoardLine> lines(@Nullable OperationStatus status, @Nullable String organiser, Locale locale) {
		access.visibility().require(PlanningRules.BOARD);
		var today = LocalDate.now(clock);
		var operations = register.list(new OperationFilter(today.minusYears(1), null, organiser, null, null, null, null,
				null))
			.stream()
			.filter(operation -> IN_PLANNING.contains(operation.status()))
			.filter(operation -> status == null || operation.status() == status)
			.toList();
		var ids = operations.stream().map(OperationView::id).toList();
		var tasksOf = tasks.of(ids);
		var invitationsOf = invitations.of(ids);
		return operations.stream().map(operation -> {
			var own = tasksOf.getOrDefault(operation.id(), List.of());
			var invited = invitationsOf.getOrDefault(operation.id(), List.of());
			return new BoardLine(operation,
					own.stream().filter(task -> !task.state().settled() && !task.overdue(today)).limit(NEXT_DEADLINES)
						.toList(),
					own.stream().filter(task -> task.overdue(today)).count(),
					own.stream().filter(task -> !task.state().settled()).count(),
					count(invited, Invitation.State.OPEN), count(invited, Invitation.State.ACCEPTED),
					count(invited, Invitation.State.DECLINED), unresolvedConflicts(operation.id()),
					funding.flatMap(state -> state.describe(operation.id(), locale)).orElse(null));
		}).toList();
	}

	/** The risk areas and transport modes that no operation of the year covers (cancelled ones do not count). */
	public Coverage coverage(int year) {
		access.visibility().require(PlanningRules.BOARD);
		var operations = register.list(OperationFilter.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
			.stream()
			.filter(operation -> operation.status() != OperationStatus.CANCELLED)
			.toList();
		return new Coverage(year,
				uncovered(reference.riskAreas(), operations.stream().flatMap(o -> o.plan().riskAreas().stream()).toList()),
				uncovered(reference.transportModes(),
						operations.stream().flatMap(o -> o.plan().transportModes().stream()).toList()));
	}

	/** What each follow-up source has to follow up, by its heading's key. */
	public List<FollowUp> followUp() {
		access.visibility().require(PlanningRules.BOARD);
		var today = LocalDate.now(clock);
		return followUps.stream().map(source -> new FollowUp(source.titleKey(), source.items(today))).toList();
	}

	/** One follow-up source's items. */
	public record FollowUp(String titleKey, List<FollowUpItem> items) {

		public FollowUp {
			items = List.copyOf(items);
		}
	}

	private long unresolvedConflicts(OperationId id) {
		return conflicts.conflictsOf(id, ConflictChecks.DEFAULT_LIMIT).stream()
			.filter(conflict -> conflict.resolution() == null)
			.count();
	}

	private static long count(List<Invitation> invitations, Invitation.State state) {
		return invitations.stream().filter(invitation -> invitation.state() == state).count();
	}

	/**
	 * The entries of a two-level list that nothing covers: an entry is covered when an operation names it, the
	 * broader entry above it or one of the narrower entries below it. Broader entries with narrower ones are left
	 * out: their narrower entries say it more precisely.
	 */
	static List<Category> uncovered(Collection<Category> categories, Collection<String> named) {
		var covered = new HashSet<String>(named);
		Function<Category, Boolean> isCovered = category -> covered.contains(category.code())
				|| (category.parent() != null && covered.contains(category.parent()))
				|| categories.stream().anyMatch(child -> category.code().equals(child.parent())
						&& covered.contains(child.code()));
		var parents = new HashSet<String>();
		categories.stream().map(Category::parent).filter(java.util.Objects::nonNull).forEach(parents::add);
		return categories.stream()
			.filter(category -> !parents.contains(category.code()))
			.filter(category -> !isCovered.apply(category))
			.toList();
	}
}
