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
		if (description.isEmpty()) {
			errors.reject(prefix + "description", "say what the operation aims at");
		}
		else if (description.length() > 500) {
			errors.reject(prefix + "description", "at most 500 characters");
		}
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
		BigDecimal target = null;
		if (metric.computable()) {
			try {
				target = new BigDecimal(String.valueOf(draft.target()).strip().replace(',', '.'));
				if (target.signum() <= 0 || target.compareTo(LARGEST) >= 0 || target.scale() > 2) {
					errors.reject(prefix + "target", "a figure above zero, with at most two decimals");
				}
			}
			catch (NumberFormatException e) {
				errors.reject(prefix + "target", "give the figure to reach, e.g. 40");
			}
		}
		return new Objective(description, metric, riskArea, unit, target == null ? null : Planning.plain(target));
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
