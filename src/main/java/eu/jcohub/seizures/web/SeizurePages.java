package eu.jcohub.seizures.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.audit.AuditSearch;
import eu.jcohub.audit.ReadableEntries;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.SeizureAuditVocabulary;
import eu.jcohub.seizures.SeizureDraft;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.seizures.SeizureRules;
import eu.jcohub.seizures.ReportSection;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.shared.OperationId;
import eu.jcohub.seizures.SeizureView;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

/** Seizure reports in the browser: an operation's index, the report form, and one report with its audit trail. */
@Controller
class SeizurePages {

	private static final int PRECONDITION_REQUIRED = 428;

	private static final int UNPROCESSABLE = 422;
	private static final List<HandlingCode> CODES = List.of(HandlingCode.PARTICIPANTS, HandlingCode.OWNER_ONLY,
			HandlingCode.NAMED);
	private final SeizureReports reports;
	private final OperationRegister operations;
	private final AuditSearch audit;
	private final ReadableEntries auditWords;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final FormErrorMessages errorMessages;
	private final List<ReportSection> sections;

	SeizurePages(SeizureReports reports, OperationRegister operations, AuditSearch audit, ReadableEntries auditWords,
			AccessPolicy access, ReferenceData reference, FormErrorMessages errorMessages, List<ReportSection> sections) {
		this.sections = sections;
		this.reports = reports;
		this.operations = operations;
		this.audit = audit;
		this.auditWords = auditWords;
		this.access = access;
		this.reference = reference;
		this.errorMessages = errorMessages;
	}

	@GetMapping("/operations/{id}/seizures")
	String index(@PathVariable OperationId id, Model model) {
		model.addAttribute("operation", operations.find(id));
		model.addAttribute("reports", reports.ofOperation(id));
		model.addAttribute("mayReport", reports.mayReportOn(id));
		model.addAttribute("reference", reference);
		return "seizures/list";
	}

	@GetMapping("/operations/{id}/seizures/new")
	String newReport(@PathVariable OperationId id, Model model) {
		if (!reports.mayReportOn(id)) {
			throw Forbidden.because(SeizureRules.REPORT.refusalKey(), "You may not report on this operation.");
		}
		return form(id, null, new SeizureForm(), Map.of(), model);
	}

	@PostMapping("/operations/{id}/seizures")
	String report(@PathVariable OperationId id, @ModelAttribute SeizureForm form, Model model, Locale locale,
			HttpServletResponse response) {
		reports.requireReportOn(id);
		try {
			var draft = readable(id, form);
			return "redirect:/seizures/" + reports.report(id, draft).id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return form(id, null, form, errorMessages.of(invalid, locale), model);
		}
	}

	@GetMapping("/seizures/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		var view = reports.read(id);
		var user = access.currentUser();
		boolean ownersTrail = user.organisation().equals(view.owner());
		model.addAttribute("report", view);
		model.addAttribute("reference", reference);
		model.addAttribute("trail", ownersTrail ? auditWords.of(audit.search(user.organisation(),
				new AuditSearch.Criteria(SeizureAuditVocabulary.SEIZURE_REPORT.code(), id.toString(), null, null, null)),
				locale) : List.of());
		model.addAttribute("ownersTrail", ownersTrail);
		var shown = new ReportSection.Report(view.id(), view.operationId(), view.reference(), view.owner(), ReportType.SEIZURE);
		model.addAttribute("sections", sections.stream()
			.sorted(Comparator.comparingInt(ReportSection::order))
			.flatMap(section -> section.sectionFor(shown).stream())
			.toList());
		return "seizures/show";
	}

	@GetMapping("/seizures/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var view = reports.read(id);
		if (!view.amendable()) {
			throw Forbidden.because(SeizureRules.AMEND.refusalKey(), "You may not amend this report.");
		}
		return form(view.operationId(), view, SeizureForm.of(view), Map.of(), model);
	}

	@PostMapping("/seizures/{id}")
	String amend(@PathVariable UUID id, @ModelAttribute SeizureForm form, Model model, Locale locale,
			HttpServletResponse response) {
		reports.requireAmend(id);
		if (form.getVersion() == null) {
			// A form without the version it was opened on could silently undo someone else's amendment.
			response.setStatus(PRECONDITION_REQUIRED);
			var view = reports.read(id);
			return form(view.operationId(), view, form, errorMessages.of("version", "form.error.version", locale), model);
		}
		try {
			reports.amend(id, readable(reports.operationOf(id), form), form.getVersion());
			return "redirect:/seizures/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			var view = reports.read(id);
			return form(view.operationId(), view, form, errorMessages.of(invalid, locale), model);
		}
		catch (DomainRuleViolation stale) {
			response.setStatus(409);
			var view = reports.read(id);
			return form(view.operationId(), view, form, Map.of("version", stale.getMessage()), model);
		}
	}

	/**
	 * The form as a draft. Where a date or number could not be read, the draft's own checks still run so that
	 * every wrong field is shown at once, and nothing is saved.
	 */
	private SeizureDraft readable(OperationId operationId, SeizureForm form) {
		var unreadable = new InvalidInput.Collector();
		var draft = form.toRequest(unreadable).toDraft();
		if (unreadable.hasErrors()) {
			var all = new LinkedHashMap<>(reports.problemsOf(operationId, draft));
			all.putAll(unreadable.errors());
			throw new InvalidInput(all);
		}
		return draft;
	}

	private String form(OperationId operationId, @Nullable SeizureView existing, SeizureForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("operation", operations.find(operationId));
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("codes", CODES);
		model.addAttribute("riskAreas", reference.riskAreas());
		model.addAttribute("organisations", reference.organisations());
		model.addAttribute("locations", reference.locations());
		return "seizures/form";
	}


}
