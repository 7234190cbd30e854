package eu.jcohub.followup.debriefing.web;

import eu.jcohub.followup.debriefing.AssessmentDraft;
import eu.jcohub.followup.debriefing.CaseStudies;
import eu.jcohub.followup.debriefing.DebriefingAccess;
import eu.jcohub.followup.debriefing.ObjectiveEvaluations;
import eu.jcohub.followup.debriefing.SuggestionEdit;
import eu.jcohub.followup.debriefing.ThreatAssessments;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.FieldReportView;
import eu.jcohub.seizures.FieldReports;
import eu.jcohub.seizures.ReportState;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The debriefing in the browser: the objectives evaluated with the forms to assess those measured by hand and to
 * pick case studies, and the threat-assessment draft with the analyst's text, edits of the suggestions and their
 * copy into a later operation. A refused form comes back with the reason next to its field and what was typed.
 */
@Controller
class DebriefingPages {

	private static final int UNPROCESSABLE = 422;
	private final DebriefingAccess access;
	private final ObjectiveEvaluations evaluations;
	private final CaseStudies caseStudies;
	private final ThreatAssessments threats;
	private final FieldReports reports;
	private final ReferenceData reference;
	private final FormErrorMessages errorMessages;

	DebriefingPages(DebriefingAccess access, ObjectiveEvaluations evaluations, CaseStudies caseStudies,
			ThreatAssessments threats, FieldReports reports, ReferenceData reference, FormErrorMessages errorMessages) {
		this.access = access;
		this.evaluations = evaluations;
		this.caseStudies = caseStudies;
		this.threats = threats;
		this.reports = reports;
		this.reference = reference;
		this.errorMessages = errorMessages;
	}

	record AssessForm(@Nullable Integer objective, @Nullable String verdict, @Nullable String text) {
	}

	record PickForm(@Nullable UUID reportId, @Nullable String note) {
	}

	@GetMapping("/operations/{id}/debriefing")
	String debriefing(@PathVariable UUID id, Model model) {
		return debriefingPage(OperationId.of(id), new AssessForm(null, null, null), new PickForm(null, null), Map.of(),
				model);
	}

	@PostMapping("/operations/{id}/debriefing/assessments")
	String assess(@PathVariable UUID id, @ModelAttribute AssessForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			evaluations.assess(OperationId.of(id), new AssessmentDraft(form.objective(), form.verdict(), form.text()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/operations/" + id + "/debriefing#objectives";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return debriefingPage(OperationId.of(id), form, new PickForm(null, null), errorMessages.of(invalid, locale),
					model);
		}
	}

	@PostMapping("/operations/{id}/debriefing/case-studies")
	String pick(@PathVariable UUID id, @ModelAttribute PickForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			caseStudies.pick(OperationId.of(id), form.reportId(), form.note());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/operations/" + id + "/debriefing#cases";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return debriefingPage(OperationId.of(id), new AssessForm(null, null, null), form,
					errorMessages.of(invalid, locale), model);
		}
	}

	@PostMapping("/operations/{id}/debriefing/case-studies/{reportId}/remove")
	String unpick(@PathVariable UUID id, @PathVariable UUID reportId, RedirectAttributes redirect) {
		caseStudies.unpick(OperationId.of(id), reportId);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/operations/" + id + "/debriefing#cases";
	}

	private String debriefingPage(OperationId id, AssessForm assess, PickForm pick, Map<String, String> errors,
			Model model) {
		var operation = access.requireRead(id);
		model.addAttribute("operation", operation);
		model.addAttribute("evaluations", evaluations.of(id));
		model.addAttribute("mayEdit", access.mayEdit(id));
		var validated = reports.ofOperation(id, ReportState.VALIDATED, null, null).stream()
			.sorted(Comparator.comparing(FieldReportView::reference)).toList();
		model.addAttribute("validated", validated);
		var picked = caseStudies.of(id);
		model.addAttribute("picked", picked);
		model.addAttribute("pickedReports", validated.stream()
			.filter(r -> picked.stream().anyMatch(p -> p.reportId().equals(r.id())))
			.collect(java.util.stream.Collectors.toMap(FieldReportView::id, r -> r)));
		model.addAttribute("reference", reference);
		model.addAttribute("assess", assess);
		model.addAttribute("pick", pick);
		model.addAttribute("errors", errors);
		return "followup/debriefing";
	}

	record AnalysisForm(@Nullable String analysis) {
	}

	record SuggestionForm(@Nullable String key, @Nullable String name, @Nullable String riskArea,
			@Nullable String transportMode, @Nullable String routeFrom, @Nullable String routeTo,
			@Nullable String indicators, @Nullable String action) {
	}

	record CopyForm(@Nullable UUID to, @Nullable List<String> keys) {
	}

	@GetMapping("/operations/{id}/threat-assessment")
	String threatAssessment(@PathVariable UUID id, Model model) {
		return threatPage(OperationId.of(id), null, null, null, Map.of(), model);
	}

	@PostMapping("/operations/{id}/threat-assessment/analysis")
	String analysis(@PathVariable UUID id, @ModelAttribute AnalysisForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			threats.writeAnalysis(OperationId.of(id), form.analysis());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/operations/" + id + "/threat-assessment#analysis";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return threatPage(OperationId.of(id), form, null, null, errorMessages.of(invalid, locale), model);
		}
	}

	@PostMapping("/operations/{id}/threat-assessment/suggestions")
	String suggestion(@PathVariable UUID id, @ModelAttribute SuggestionForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		var operation = OperationId.of(id);
		var key = form.key() == null ? "" : form.key();
		try {
			if ("restore".equals(form.action())) {
				threats.restore(operation, key);
			}
			else {
				threats.edit(operation, key, new SuggestionEdit(form.name(), form.riskArea(), form.transportMode(),
						form.routeFrom(), form.routeTo(), form.indicators(), "dismiss".equals(form.action())));
			}
			redirect.addFlashAttribute("saved", true);
			return "redirect:/operations/" + id + "/threat-assessment#suggestions";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return threatPage(operation, null, form, null, errorMessages.of(invalid, locale), model);
		}
	}

	@PostMapping("/operations/{id}/threat-assessment/copy")
	String copy(@PathVariable UUID id, @ModelAttribute CopyForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			var created = threats.copy(OperationId.of(id), form.keys(), form.to());
			redirect.addFlashAttribute("copied", created.size());
			return "redirect:/operations/" + id + "/threat-assessment#copy";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return threatPage(OperationId.of(id), null, null, form, errorMessages.of(invalid, locale), model);
		}
	}

	private String threatPage(OperationId id, @Nullable AnalysisForm analysis, @Nullable SuggestionForm edited,
			@Nullable CopyForm copy, Map<String, String> errors, Model model) {
		var operation = access.requireRead(id);
		var draft = threats.draft(id);
		model.addAttribute("operation", operation);
		model.addAttribute("draft", draft);
		boolean mayEdit = access.mayEdit(id);
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("analysis", analysis == null ? draft.analysis() : analysis.analysis());
		model.addAttribute("edited", edited);
		model.addAttribute("copy", copy == null ? new CopyForm(null, List.of()) : copy);
		model.addAttribute("targets", mayEdit ? threats.copyTargets(id) : List.of());
		model.addAttribute("riskAreas", reference.riskAreas());
		model.addAttribute("transportModes", reference.transportModes());
		model.addAttribute("countries", reference.countries());
		model.addAttribute("reference", reference);
		model.addAttribute("errors", errors);
		return "followup/threat-assessment";
	}
}
