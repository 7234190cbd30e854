package eu.jcohub.planning;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.internal.ObjectiveStore;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operation's measurable objectives: stored and shown here, evaluated later from the operation's reports. Part
 * of the operation's details; set by those who may plan it, until it is closed or cancelled.
 */
@Service
public class Objectives {

	static final int MAX = 20;
	private static final BigDecimal LARGEST = new BigDecimal("1000000000000");

	private final ObjectiveStore store;
	private final OperationRegister register;
	private final ReferenceData reference;
	private final ApplicationEventPublisher events;

	Objectives(ObjectiveStore store, OperationRegister register, ReferenceData reference,
			ApplicationEventPublisher events) {
		this.store = store;
		this.register = register;
		this.reference = reference;
		this.events = events;
	}

	public List<Objective> of(OperationId id) {
		Planning.requireDetails(register.find(id));
		return store.of(id);
	}

	/**
	 * Replaces the operation's objectives with those given (blank rows left out); every wrong field is named
	 * ({@code objectives[0].target} …) and nothing is saved.
	 */
	@Transactional
	public List<Objective> replace(OperationId id, List<ObjectiveDraft> drafts) {
		var operation = register.find(id);
		requirePlanning(operation);
		var objectives = checked(drafts);
		var before = store.of(id);
		store.replace(id, objectives);
		events.publishEvent(RecordChanged.updated(PlanningAuditVocabulary.OBJECTIVES, id.toString(),
				Map.of("objectives", words(before)), Map.of("objectives", words(objectives)))
			.ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return objectives;
	}

	/** "Use as template": the new operation starts with the objectives of the one it was made from. */
	@EventListener
	void on(OperationTabled tabled) {
		if (tabled.derivedFrom() != null) {
			store.replace(tabled.operationId(), store.of(tabled.derivedFrom()));
		}
	}

	static void requirePlanning(OperationView operation) {
		if (!operation.changeable()) {
			throw Forbidden.because(PlanningRules.PLAN.refusalKey(), "You may not plan this operation.");
		}
		if (operation.status().isFinal() || operation.status() == eu.jcohub.operations.OperationStatus.TABLED) {
			throw new DomainRuleViolation("Operation " + operation.plan().name() + " is no longer planned here.");
		}
	}

	List<Objective> checked(List<ObjectiveDraft> drafts) {
		var rows = drafts.stream().filter(draft -> !draft.blank()).toList();
		var errors = new InvalidInput.Collector();
		if (rows.size() > MAX) {
			errors.reject("objectives", "at most " + MAX + " objectives");
		}
		var objectives = new ArrayList<Objective>();
		for (int i = 0; i < rows.size(); i++) {
			var checked = checked(rows.get(i), "objectives[" + i + "].", errors);
			if (checked != null) {
				objectives.add(checked);
			}
		}
		errors.throwIfAny();
		return objectives;
	}

	private @org.jspecify.annotations.Nullable Objective checked(ObjectiveDraft draft, String prefix,
			InvalidInput.Collector errors) {
		var description = ObjectiveDraft.isBlank(draft.description()) ? "" : draft.description().strip();
		if (!eu.jcohub.shared.Texts.storable(description)) {
			errors.reject(prefix + "description", eu.jcohub.shared.Texts.NUL);
		}
		else if (description.isEmpty()) {
			errors.reject(prefix + "description", "say what the operation aims at");
		}
		else if (description.length() > 500) {
			errors.reject(prefix + "description", "at most 500 characters");
		}
		var target = target(draft.target(), prefix, errors);
		Metric metric = null;
		try {
			metric = Metric.valueOf(String.valueOf(draft.metric()).strip());
		}
		catch (IllegalArgumentException e) {
			errors.reject(prefix + "metric", "choose a metric from the list");
		}
		if (metric == null) {
			return null;
		}
		String riskArea = null;
		if (metric.needsRiskArea()) {
			riskArea = ObjectiveDraft.isBlank(draft.riskArea()) ? null : draft.riskArea().strip();
			if (riskArea == null || reference.riskArea(riskArea).isEmpty()) {
				errors.reject(prefix + "riskArea", "choose the risk area counted");
			}
		}
		String unit = null;
		if (metric.needsUnit()) {
			unit = ObjectiveDraft.isBlank(draft.unit()) ? null : draft.unit().strip();
			if (unit == null || !Objective.UNITS.contains(unit)) {
				errors.reject(prefix + "unit", "choose a unit: " + String.join(", ", Objective.UNITS));
			}
		}
		if (metric.computable() && target == null) {
			errors.reject(prefix + "target", "give the figure to reach, e.g. 40");
		}
		if (!metric.computable()) {
			target = null;
		}
		return new Objective(description, metric, riskArea, unit, target == null ? null : Planning.plain(target));
	}

	/** The figure to reach, if one was typed and it is one: above zero, below a million million, two decimals. */
	private static @org.jspecify.annotations.Nullable BigDecimal target(@org.jspecify.annotations.Nullable String text,
			String prefix, InvalidInput.Collector errors) {
		if (ObjectiveDraft.isBlank(text)) {
			return null;
		}
		try {
			var typed = text.strip().replace(',', '.');
			var target = typed.length() > 30 ? null : new BigDecimal(typed);
			if (target == null || target.signum() <= 0 || target.compareTo(LARGEST) >= 0 || target.scale() > 2) {
				errors.reject(prefix + "target", "a figure above zero and below a million million, with at most two decimals");
				return null;
			}
			return target;
		}
		catch (NumberFormatException e) {
			errors.reject(prefix + "target", "give the figure to reach, e.g. 40");
			return null;
		}
	}

	private static String words(List<Objective> objectives) {
		return objectives.stream()
			.map(o -> o.description() + " [" + o.metric().name()
					+ (o.riskArea() == null ? "" : " " + o.riskArea())
					+ (o.target() == null ? "" : " " + o.target().toPlainString()) + (o.unit() == null ? "" : " " + o.unit())
					+ "]")
			.collect(Collectors.joining("; "));
	}
}
