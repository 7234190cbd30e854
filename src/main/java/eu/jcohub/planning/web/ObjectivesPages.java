package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.planning.Metric;
import eu.jcohub.planning.Objective;
import eu.jcohub.planning.ObjectiveDraft;
import eu.jcohub.planning.Objectives;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The measurable objectives' editor: the objectives as they stand and empty rows for new ones. */
@Controller
class ObjectivesPages {

	private static final int EMPTY_ROWS = 3;
	private final Objectives objectives;
	private final OperationRegister register;
	private final ReferenceData reference;
	private final FormErrorMessages errorMessages;
	private final MessageSource messages;

	ObjectivesPages(Objectives objectives, OperationRegister register, ReferenceData reference,
			FormErrorMessages errorMessages, MessageSource messages) {
		this.objectives = objectives;
		this.register = register;
		this.reference = reference;
		this.errorMessages = errorMessages;
		this.messages = messages;
	}

	@GetMapping("/operations/{id}/objectives")
	String edit(@PathVariable UUID id, Model model) {
		var operation = new OperationId(id);
		var rows = new ArrayList<>(objectives.of(operation).stream().map(ObjectivesPages::draft).toList());
		return page(operation, rows, Map.of(), model);
	}

	@PostMapping("/operations/{id}/objectives")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> parameters, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		var operation = new OperationId(id);
		var rows = IndexedRows.of(parameters, "objectives").stream()
			.map(row -> new ObjectiveDraft(row.get("description"), row.get("metric"), row.get("riskArea"), row.get("unit"),
					row.get("target")))
			.toList();
		try {
			objectives.replace(operation, rows);
			redirect.addFlashAttribute("lifecycleNotice", messages.getMessage("objectives.saved", null, locale));
			return "redirect:/operations/" + id + "#lifecycle";
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			// The errors name the rows as they were numbered among the filled ones.
			var filled = new ArrayList<>(rows.stream().filter(row -> !row.blank()).toList());
			return page(operation, filled, errorMessages.of(invalid, locale), model);
		}
	}

	private String page(OperationId id, List<ObjectiveDraft> rows, Map<String, String> errors, Model model) {
		var operation = register.find(id);
		if (!operation.changeable()) {
			throw Forbidden.because("access.rule.planning.plan.refused", "You may not plan this operation.");
		}
		var all = new ArrayList<>(rows);
		for (int i = 0; i < EMPTY_ROWS; i++) {
			all.add(new ObjectiveDraft(null, null, null, null, null));
		}
		model.addAttribute("operation", operation);
		model.addAttribute("rows", all);
		model.addAttribute("errors", errors);
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("units", Objective.UNITS);
		model.addAttribute("riskAreas", reference.riskAreas().stream().sorted(Comparator.comparing(c -> c.name())).toList());
		return "planning/objectives";
	}

	private static ObjectiveDraft draft(Objective objective) {
		return new ObjectiveDraft(objective.description(), objective.metric().name(), objective.riskArea(),
				objective.unit(), objective.target() == null ? null : objective.target().toPlainString());
	}
}
