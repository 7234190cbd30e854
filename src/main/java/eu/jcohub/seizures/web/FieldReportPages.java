package eu.jcohub.seizures.web;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.FieldReportView;
import eu.jcohub.seizures.FieldReports;
import eu.jcohub.seizures.Phases;
import eu.jcohub.seizures.ReportSection;
import eu.jcohub.seizures.ReportState;
import eu.jcohub.seizures.ReportingPhase;
import eu.jcohub.seizures.RiskProfileDraft;
import eu.jcohub.seizures.RiskProfileView;
import eu.jcohub.seizures.RiskProfiles;
import eu.jcohub.seizures.Unit;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import eu.jcohub.planning.TransitionRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Field reports in the browser: the OCU's desk of an operation (phases, reports to validate, links between
 * reports, who has not reported), the officer's field form, one report with its validation, and the risk profiles
 * with their versions side by side.
 */
@Controller
class FieldReportPages {

	private static final int UNPROCESSABLE = 422;
	private final FieldReports reports;
	private final Phases phases;
	private final RiskProfiles profiles;
	private final OperationRegister operations;
	private final ReferenceData reference;
	private final FormErrorMessages errorMessages;
	private final List<ReportSection> sections;
	private final Clock clock;
	private final eu.jcohub.seizures.Photos photos;

	FieldReportPages(eu.jcohub.seizures.Photos photos, FieldReports reports, Phases phases, RiskProfiles profiles, OperationRegister operations,
			ReferenceData reference, FormErrorMessages errorMessages, List<ReportSection> sections, Clock clock) {
		this.photos = photos;
		this.reports = reports;
		this.phases = phases;
		this.profiles = profiles;
		this.operations = operations;
		this.reference = reference;
		this.errorMessages = errorMessages;
		this.sections = sections;
		this.clock = clock;
	}

	@GetMapping("/operations/{id}/reports")
	String desk(@PathVariable OperationId id, @RequestParam(required = false) @Nullable String state, Model model) {
		var filter = Arrays.stream(ReportState.values()).filter(value -> value.name().equals(state)).findFirst()
			.orElse(null);
		var list = reports.ofOperation(id, filter, null, null);
		boolean ocu = reports.mayValidate(id);
		model.addAttribute("operation", operations.find(id));
		model.addAttribute("phases", phases.of(id));
		model.addAttribute("nextPhase", nextPhase(id));
		model.addAttribute("openPhase", phases.of(id).stream().filter(ReportingPhase::open).findFirst().orElse(null));
		model.addAttribute("mayRun", phases.mayRun(id));
		model.addAttribute("ocu", ocu);
		model.addAttribute("mayReport", reports.mayReportOn(id));
		model.addAttribute("mayKeepProfiles", profiles.mayEdit(id));
		model.addAttribute("state", filter);
		model.addAttribute("states", ReportState.values());
		model.addAttribute("reports", list);
		model.addAttribute("matches", ocu ? reports.matches(id) : List.of());
		model.addAttribute("silent", profiles.mayEdit(id) ? reports.silentOn(id, LocalDate.now(clock)) : null);
		model.addAttribute("reference", reference);
		return "seizures/desk";
	}

	@PostMapping("/operations/{id}/phases/{n}/open")
	String open(@PathVariable OperationId id, @PathVariable int n, RedirectAttributes redirect) {
		phases.requireRun(id);
		return step(id, redirect, () -> phases.open(id, n, "Phase " + n + " opened by the OCU."));
	}

	@PostMapping("/operations/{id}/phases/{n}/close")
	String close(@PathVariable OperationId id, @PathVariable int n, RedirectAttributes redirect) {
		phases.requireRun(id);
		return step(id, redirect, () -> phases.close(id, n, "Phase " + n + " closed by the OCU."));
	}

	private String step(OperationId id, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
		}
		catch (TransitionRefused refused) {
			redirect.addFlashAttribute("refusals", refused.reasons());
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("refusals", List.copyOf(invalid.fieldErrors().values()));
		}
		return "redirect:/operations/" + id + "/reports";
	}

	@GetMapping("/operations/{id}/reports/new")
	String fieldForm(@PathVariable OperationId id, Model model) {
		reports.requireReportOn(id);
		var operation = operations.find(id);
		model.addAttribute("operation", operation);
		model.addAttribute("locations", operation.plan().locations().stream().sorted().toList());
		model.addAttribute("riskAreas", reference.riskAreas());
		model.addAttribute("transportModes", reference.transportModes());
		model.addAttribute("units", Unit.values());
		model.addAttribute("profiles", profiles.current(id));
		model.addAttribute("reference", reference);
		return "seizures/field-form";
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable UUID id, Model model) {
		var report = reports.read(id);
		model.addAttribute("report", report);
		model.addAttribute("photos", photos.of(id));
		model.addAttribute("mayAttach", report.type().name().equals("SEIZURE") && report.mayAmend());
		var operation = operations.find(report.operationId());
		model.addAttribute("operation", operation);
		model.addAttribute("reference", reference);
		// The risk profiles are the OCU's, for the operation's circle: a partner reading a report disclosed to it does not see them.
		model.addAttribute("profile", report.profileId() == null || !operation.detailsVisible() ? null
				: profiles.of(report.operationId()).stream()
			.filter(profile -> profile.profileId().equals(report.profileId()))
			.max(Comparator.comparingInt(RiskProfileView::version))
			.orElse(null));
		var shown = new ReportSection.Report(report.id(), report.operationId(), report.reference(), report.owner(),
				report.type());
		model.addAttribute("sections", sections.stream()
			.sorted(Comparator.comparingInt(ReportSection::order))
			.flatMap(section -> section.sectionFor(shown).stream())
			.toList());
		return "seizures/report";
	}

	@PostMapping(path = "/reports/{id}/photos", consumes = "multipart/form-data")
	String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false)
			org.springframework.web.multipart.@Nullable MultipartFile file, RedirectAttributes redirect)
			throws java.io.IOException {
		photos.requireAttach(id);
		try {
			photos.attach(id, file == null ? new byte[0] : file.getBytes());
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("photoErrors", invalid.fieldErrors());
		}
		catch (DomainRuleViolation refused) {
			redirect.addFlashAttribute("photoErrors", Map.of("file", refused.getMessage()));
		}
		return "redirect:/reports/" + id + "#photos";
	}

	@PostMapping("/reports/{id}/validate")
	String validate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String back,
			RedirectAttributes redirect) {
		reports.requireValidate(id);
		var page = decided(id, redirect, () -> reports.validate(id));
		// Validated from the desk's list: back to the list, where the next report waits.
		if ("desk".equals(back) && redirect.getFlashAttributes().isEmpty()) {
			return "redirect:/operations/" + reports.operationOf(id) + "/reports#report-" + id;
		}
		return page;
	}

	@PostMapping("/reports/{id}/query")
	String query(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		reports.requireValidate(id);
		return decided(id, redirect, () -> reports.query(id, text));
	}

	@PostMapping("/reports/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		reports.requireValidate(id);
		return decided(id, redirect, () -> reports.reject(id, text));
	}

	@PostMapping("/reports/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		return decided(id, redirect, () -> reports.answer(id, text));
	}

	private String decided(UUID id, RedirectAttributes redirect, java.util.function.Supplier<FieldReportView> decision) {
		try {
			decision.get();
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("decisionErrors", invalid.fieldErrors());
		}
		catch (DomainRuleViolation refused) {
			redirect.addFlashAttribute("decisionErrors", Map.of("state", refused.getMessage()));
		}
		return "redirect:/reports/" + id;
	}

	@GetMapping("/operations/{id}/risk-profiles")
	String profiles(@PathVariable OperationId id, @RequestParam(required = false) @Nullable UUID edit, Model model) {
		var versions = profiles.of(id);
		var editing = edit == null ? null : RiskProfilesTable.latest(versions, edit);
		return profilesPage(id, versions, editing == null ? ProfileForm.empty() : ProfileForm.of(editing),
				editing == null ? null : editing.profileId(), Map.of(), model);
	}

	@PostMapping("/operations/{id}/risk-profiles")
	String createProfile(@PathVariable OperationId id, ProfileForm form, Model model, Locale locale,
			HttpServletResponse response) {
		profiles.requireEdit(id);
		try {
			profiles.create(id, form.toDraft());
			return "redirect:/operations/" + id + "/risk-profiles";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return profilesPage(id, profiles.of(id), form, null, errorMessages.of(invalid, locale), model);
		}
	}

	@PostMapping("/risk-profiles/{id}")
	String editProfile(@PathVariable UUID id, ProfileForm form, Model model, Locale locale,
			HttpServletResponse response) {
		var operationId = profiles.operationOf(id);
		profiles.requireEdit(operationId);
		try {
			profiles.edit(id, form.toDraft());
			return "redirect:/operations/" + operationId + "/risk-profiles";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return profilesPage(operationId, profiles.of(operationId), form, id, errorMessages.of(invalid, locale), model);
		}
	}

	private String profilesPage(OperationId id, List<RiskProfileView> versions, ProfileForm form,
			@Nullable UUID editing, Map<String, String> errors, Model model) {
		model.addAttribute("operation", operations.find(id));
		model.addAttribute("table", RiskProfilesTable.of(versions));
		model.addAttribute("mayEdit", profiles.mayEdit(id));
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("riskAreas", reference.riskAreas());
		model.addAttribute("transportModes", reference.transportModes());
		model.addAttribute("reference", reference);
		return "seizures/risk-profiles";
	}

	/** The next phase to open, if the plan has one more. */
	private @Nullable Integer nextPhase(OperationId id) {
		var known = phases.of(id);
		boolean open = known.stream().anyMatch(ReportingPhase::open);
		int planned = operations.find(id).plan().phases().size();
		return !open && known.size() < planned ? known.size() + 1 : null;
	}

	/** The profile form as the page sends it. */
	static final class ProfileForm {

		private @Nullable String name;
		private @Nullable String riskArea;
		private @Nullable String transportMode;
		private @Nullable String routeFrom;
		private @Nullable String routeTo;
		private @Nullable String commodityCodes;
		private @Nullable String indicators;

		static ProfileForm empty() {
			return new ProfileForm();
		}

		static ProfileForm of(RiskProfileView version) {
			var form = new ProfileForm();
			form.name = version.name();
			form.riskArea = version.riskArea();
			form.transportMode = version.transportMode();
			form.routeFrom = version.routeFrom();
			form.routeTo = version.routeTo();
			form.commodityCodes = String.join(", ", version.commodityCodes());
			form.indicators = version.indicators();
			return form;
		}

		RiskProfileDraft toDraft() {
			var codes = commodityCodes == null || commodityCodes.isBlank() ? List.<String>of()
					: Arrays.stream(commodityCodes.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
			return new RiskProfileDraft(name, riskArea, transportMode, routeFrom, routeTo, codes, indicators);
		}

		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable String getRiskArea() { return riskArea; }
		public void setRiskArea(@Nullable String riskArea) { this.riskArea = riskArea; }
		public @Nullable String getTransportMode() { return transportMode; }
		public void setTransportMode(@Nullable String transportMode) { this.transportMode = transportMode; }
		public @Nullable String getRouteFrom() { return routeFrom; }
		public void setRouteFrom(@Nullable String routeFrom) { this.routeFrom = routeFrom; }
		public @Nullable String getRouteTo() { return routeTo; }
		public void setRouteTo(@Nullable String routeTo) { this.routeTo = routeTo; }
		public @Nullable String getCommodityCodes() { return commodityCodes; }
		public void setCommodityCodes(@Nullable String commodityCodes) { this.commodityCodes = commodityCodes; }
		public @Nullable String getIndicators() { return indicators; }
		public void setIndicators(@Nullable String indicators) { this.indicators = indicators; }
	}

	/**
	 * The profiles' versions side by side: a row per profile, a column per phase, each cell the last version of the
	 * profile for that phase (earlier versions of the same phase listed under it).
	 */
	record RiskProfilesTable(List<Integer> phases, List<Row> rows) {

		record Row(UUID profileId, String name, Map<Integer, List<RiskProfileView>> byPhase) {
		}

		static RiskProfilesTable of(List<RiskProfileView> versions) {
			var phases = versions.stream().map(RiskProfileView::phase).distinct().sorted().toList();
			var byProfile = versions.stream().collect(Collectors.groupingBy(RiskProfileView::profileId,
					LinkedHashMap::new, Collectors.toList()));
			var rows = byProfile.entrySet().stream().map(entry -> {
				var sorted = entry.getValue().stream().sorted(Comparator.comparingInt(RiskProfileView::version)).toList();
				var byPhase = new TreeMap<Integer, List<RiskProfileView>>(sorted.stream()
					.collect(Collectors.groupingBy(RiskProfileView::phase)));
				byPhase.replaceAll((phase, list) -> {
					var newestFirst = new java.util.ArrayList<>(list);
					java.util.Collections.reverse(newestFirst);
					return newestFirst;
				});
				return new Row(entry.getKey(), sorted.get(sorted.size() - 1).name(), byPhase);
			}).sorted(Comparator.comparing(Row::name)).toList();
			return new RiskProfilesTable(phases, rows);
		}

		static @Nullable RiskProfileView latest(List<RiskProfileView> versions, UUID profileId) {
			return versions.stream().filter(version -> version.profileId().equals(profileId))
				.max(Comparator.comparingInt(RiskProfileView::version)).orElse(null);
		}
	}
}
