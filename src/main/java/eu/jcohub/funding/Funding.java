package eu.jcohub.funding;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.funding.internal.ApplicationStore;
import eu.jcohub.funding.internal.BudgetStore;
import eu.jcohub.funding.internal.ProgrammeStore;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.web.Dates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operation's funding, as a user may see and change it: the programmes that could pay and why, its budget, its
 * applications and when it must apply. Everything of an operation is part of its details; changes are for those
 * {@link FundingRules#CHANGE} allows, checked whole before anything is saved.
 */
@Service
public class Funding {

	/** A budget line's or an application's note. */
	static final int MAX_NOTE = 2000;
	static final int MAX_LINES = 200;

	private final ProgrammeStore programmes;
	private final BudgetStore budgets;
	private final ApplicationStore applications;
	private final OperationRegister register;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final MessageSource messages;
	private final Dates dates;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Funding(ProgrammeStore programmes, BudgetStore budgets, ApplicationStore applications, OperationRegister register,
			AccessPolicy access, ReferenceData reference, MessageSource messages, Dates dates,
			ApplicationEventPublisher events, Clock clock) {
		this.programmes = programmes;
		this.budgets = budgets;
		this.applications = applications;
		this.register = register;
		this.access = access;
		this.reference = reference;
		this.messages = messages;
		this.dates = dates;
		this.events = events;
		this.clock = clock;
	}

	/** The programme catalogue, for everyone signed in. */
	public List<Programme> programmes() {
		return programmes.all();
	}

	/** Every programme judged for the operation under the scenario, with its reasons in the reader's words. */
	@Transactional(readOnly = true)
	public EligibilityReport eligibility(OperationId id, Scenario scenario) {
		var operation = detailed(id);
		return advisor().assess(facts(operation), budgets.of(id), programmes.all(), scenario);
	}

	@Transactional(readOnly = true)
	public Budget budget(OperationId id) {
		detailed(id);
		return budgets.of(id);
	}

	/** Replaces the operation's whole budget; nothing is saved when a line is wrong. */
	@Transactional
	public Budget replaceBudget(OperationId id, BudgetDraft draft) {
		var operation = changeable(id);
		var budget = checked(draft);
		var before = budgets.of(id);
		budgets.replace(id, budget, access.currentUser().username(), Instant.now(clock));
		events.publishEvent(new RecordChanged(FundingAuditVocabulary.BUDGET, id.toString(), AuditAction.UPDATED,
				audit(before), audit(budget)).ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return budget;
	}

	/** Records (or withdraws) the decision of the administrations to pay the operation themselves; the lines stay. */
	@Transactional
	public Budget decideSelfFunding(OperationId id, boolean selfFunded, @org.jspecify.annotations.Nullable String note) {
		var before = budgets.of(id);
		var lines = before.lines().stream()
			.map(line -> new BudgetDraft.Line(line.category().name(), line.payer(), line.amount().toPlainString(),
					line.note()))
			.toList();
		return replaceBudget(id, new BudgetDraft(lines, selfFunded, note));
	}

	@Transactional(readOnly = true)
	public List<FundingApplication> applications(OperationId id) {
		detailed(id);
		return applications.of(id);
	}

	/**
	 * The operation's applications for figures (programme, amounts, days to decision): for aggregates shown only to
	 * those who see the operation's details, so it asks no right of its own.
	 */
	@Transactional(readOnly = true)
	public List<FundingApplication> figuresOf(OperationId id) {
		return applications.of(id);
	}

	/** Records an application of the operation to a programme in force on its days. */
	@Transactional
	public FundingApplication apply(OperationId id, ApplicationDraft draft) {
		var operation = changeable(id);
		var application = checker().check(UUID.randomUUID(), operation, draft, null);
		applications.save(application, access.currentUser().username(), Instant.now(clock));
		events.publishEvent(new FundingApplicationRecorded(id, application.id(), application.status()));
		events.publishEvent(RecordChanged.created(FundingAuditVocabulary.APPLICATION, application.id().toString(),
				audit(application)).ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return application;
	}

	/** Changes an application (its submission, the decision, the grant); what the change leaves out stays. */
	@Transactional
	public FundingApplication change(UUID applicationId, ApplicationDraft draft) {
		var before = applications.find(applicationId).orElseThrow(() -> new NotFound("Funding application", applicationId));
		var operation = changeable(before.operationId());
		var application = checker().check(applicationId, operation, draft, before);
		applications.save(application, access.currentUser().username(), Instant.now(clock));
		events.publishEvent(new FundingApplicationRecorded(before.operationId(), applicationId, application.status()));
		events.publishEvent(RecordChanged.updated(FundingAuditVocabulary.APPLICATION, applicationId.toString(),
				audit(before), audit(application)).ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return application;
	}

	/** The lead times of every programme: typical, and from past grants the median and 80th percentile. */
	@Transactional(readOnly = true)
	public List<LeadTimeStats> leadTimes() {
		var history = applications.grants().stream()
			.collect(Collectors.groupingBy(FundingApplication::programme,
					Collectors.mapping(application -> application.daysToDecision().orElseThrow(), Collectors.toList())));
		return programmes.all().stream()
			.map(programme -> LeadTimeStats.of(programme, history.getOrDefault(programme.code(), List.of())))
			.toList();
	}

	/**
	 * When the operation must apply to each programme that would pay for it, and warnings where a decision may come
	 * after its start. Nothing once it is funded or self-funded, or once it has started.
	 */
	@Transactional(readOnly = true)
	public List<LeadTimeAdvice> advice(OperationId id) {
		var operation = detailed(id);
		var own = applications.of(id);
		var budget = budgets.of(id);
		var start = operation.plan().firstPhase().start();
		var today = LocalDate.now(clock);
		if (budget.selfFunded() || own.stream().anyMatch(application -> application.status().funds())
				|| !start.isAfter(today) || operation.status().isFinal()) {
			return List.of();
		}
		var report = advisor().assess(facts(operation), budget, programmes.all(), Scenario.RULES_IN_FORCE);
		var stats = leadTimes();
		return new LeadTimeAdvisor(words(), dates::day).advise(report, stats, own, start, today);
	}

	/** Whether the operation is funded: a granted (or partly granted) application, or a self-funding decision. */
	@Transactional(readOnly = true)
	public boolean funded(OperationId id) {
		return budgets.of(id).selfFunded() || applications.of(id).stream().anyMatch(a -> a.status().funds());
	}

	/** A programme's name, or its code where the catalogue no longer has it. */
	public String programmeName(String code) {
		return programmes.find(code).map(Programme::name).orElse(code);
	}

	private OperationView detailed(OperationId id) {
		var operation = register.find(id);
		if (!operation.detailsVisible()) {
			throw Forbidden.because("access.details.refused",
					"Only the organiser, the participants and the coordination secretariat may see this.");
		}
		return operation;
	}

	private OperationView changeable(OperationId id) {
		var operation = detailed(id);
		access.visibility().require(FundingRules.CHANGE, register.circle(id).asRecord(LocalDate.now(clock)));
		return operation;
	}

	private Budget checked(BudgetDraft draft) {
		var errors = new InvalidInput.Collector();
		var drafted = draft.lines() == null ? List.<BudgetDraft.Line>of() : draft.lines();
		if (drafted.size() > MAX_LINES) {
			errors.reject("lines", text("funding.budget.tooManyLines", MAX_LINES));
		}
		var lines = new ArrayList<BudgetLine>();
		for (int i = 0; i < drafted.size() && i < MAX_LINES; i++) {
			var line = drafted.get(i);
			var field = "lines[" + i + "].";
			var category = Codes.parse(CostCategory.class, line.category());
			if (category.isEmpty()) {
				errors.reject(field + "category", text("funding.budget.category.unknown"));
			}
			var payer = line.payer() == null || line.payer().isBlank() ? BudgetLine.CENTRAL : line.payer().strip();
			if (!payer.equals(BudgetLine.CENTRAL) && reference.organisation(payer).isEmpty()) {
				errors.reject(field + "payer", text("funding.budget.payer.unknown"));
			}
			var amount = Money.parse(line.amount());
			if (amount.problem() != null) {
				errors.reject(field + "amount", text(amount.problem()));
			}
			errors.text(field + "note", line.note(), MAX_NOTE);
			if (category.isPresent() && amount.amount() != null && !errors.hasErrors()) {
				lines.add(new BudgetLine(category.get(), payer, amount.amount(), line.note() == null ? "" : line.note()));
			}
		}
		errors.text("selfFundingNote", draft.selfFundingNote(), MAX_NOTE);
		errors.throwIfAny();
		boolean self = Boolean.TRUE.equals(draft.selfFunded());
		return new Budget(lines, self, self ? blankToEmpty(draft.selfFundingNote()) : null);
	}

	private static String blankToEmpty(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text.strip();
	}

	ApplicationChecker checker() {
		return new ApplicationChecker(programmes::find, words(), dates::day, LocalDate.now(clock));
	}

	private EligibilityAdvisor advisor() {
		return new EligibilityAdvisor(words(), dates::day);
	}

	Words words() {
		Locale locale = LocaleContextHolder.getLocale();
		return (key, arguments) -> messages.getMessage(key, arguments, key, locale);
	}

	private String text(String key, Object... arguments) {
		return words().text(key, arguments);
	}

	static OperationFacts facts(OperationView operation) {
		var plan = operation.plan();
		return new OperationFacts(plan.competence(), plan.domain(), plan.firstPhase().start(), plan.lastPhase().end());
	}

	private static Map<String, Object> audit(Budget budget) {
		var state = new LinkedHashMap<String, Object>();
		state.put("lines", budget.lines().stream()
			.map(line -> line.category() + " " + line.payer() + " " + line.amount().toPlainString()).toList());
		state.put("total", budget.total().toPlainString());
		state.put("selfFunded", budget.selfFunded());
		return state;
	}

	private static Map<String, Object> audit(FundingApplication application) {
		var state = new LinkedHashMap<String, Object>();
		state.put("programme", application.programme());
		state.put("requested", application.requested().toPlainString());
		state.put("submittedOn", String.valueOf(application.submittedOn()));
		state.put("decidedOn", String.valueOf(application.decidedOn()));
		state.put("granted", application.granted() == null ? "" : application.granted().toPlainString());
		state.put("status", application.status().name());
		return state;
	}
}
