package eu.jcohub.protection.web;

import eu.jcohub.protection.ProtectionRules;
import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Role;
import eu.jcohub.protection.PersonalDataCategory;
import eu.jcohub.protection.Retention;
import eu.jcohub.protection.RetentionRules;
import eu.jcohub.protection.SubjectAccess;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One page for an administration's data protection: its retention rules, the last run, subject access. */
@Controller
class DataProtectionPages {

	private final RetentionRules rules;
	private final Retention retention;
	private final SubjectAccess subjectAccess;
	private final AccessPolicy access;
	private final FormErrorMessages errorMessages;
	private final eu.jcohub.reference.ReferenceData reference;

	DataProtectionPages(RetentionRules rules, Retention retention, SubjectAccess subjectAccess, AccessPolicy access,
			FormErrorMessages errorMessages, eu.jcohub.reference.ReferenceData reference) {
		this.reference = reference;
		this.rules = rules;
		this.retention = retention;
		this.subjectAccess = subjectAccess;
		this.access = access;
		this.errorMessages = errorMessages;
	}

	@GetMapping("/data-protection")
	String page(@RequestParam @Nullable String organisation, @RequestParam @Nullable String name,
			@RequestParam @Nullable String birthDate, @RequestParam @Nullable String number, Model model,
			Locale locale, HttpServletResponse response) {
		var shown = shown(organisation);
		addPage(shown, model);
		model.addAttribute("query", new QueryForm(name, birthDate, number));
		if (name != null || birthDate != null || number != null) {
			try {
				subjectAccess.requireAllowed();
				model.addAttribute("mentions", subjectAccess.search(name, date(birthDate), number));
			}
			catch (InvalidInput invalid) {
				response.setStatus(422);
				model.addAttribute("errors", errorMessages.of(invalid, locale));
			}
		}
		return "protection/index";
	}

	/** A rule that cannot be set comes back as typed, with the reason next to it; a set one is shown by redirect. */
	@PostMapping("/data-protection/retention")
	String set(@RequestParam String organisation, @RequestParam String category, @RequestParam @Nullable String years,
			RedirectAttributes redirect, Model model, Locale locale, HttpServletResponse response) {
		try {
			rules.requireManage(organisation);
			rules.set(organisation, category(category), years(years));
			redirect.addFlashAttribute("saved", category);
			return "redirect:/data-protection" + (organisation.equals(access.currentUser().organisation()) ? ""
					: "?organisation=" + organisation);
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			var errors = errorMessages.of(invalid, locale);
			addPage(shown(organisation), model);
			model.addAttribute("query", new QueryForm(null, null, null));
			model.addAttribute("ruleError", category);
			model.addAttribute("ruleYears", years);
			model.addAttribute("ruleErrorText", errors.getOrDefault("years", String.join(" ", errors.values())));
			return "protection/index";
		}
	}

	/** The organisation whose rules are shown: any for an administrator, else the user's own. */
	private String shown(@Nullable String organisation) {
		var user = access.currentUser();
		return organisation != null && user.has(Role.ADMIN) ? organisation : user.organisation();
	}

	private void addPage(String shown, Model model) {
		var visibility = access.visibility();
		var user = visibility.user();
		model.addAttribute("organisation", shown);
		model.addAttribute("organisationName", reference.organisation(shown).map(eu.jcohub.reference.Organisation::name).orElse(shown));
		model.addAttribute("organisations", user.has(Role.ADMIN) ? reference.organisations() : java.util.List.of());
		model.addAttribute("rules", rules.rulesOf(shown));
		model.addAttribute("mayManage", ProtectionRules.mayManageRetention(visibility, shown));
		model.addAttribute("maySearch", visibility.allows(ProtectionRules.SUBJECT_ACCESS));
		model.addAttribute("mayRun", user.has(Role.ADMIN));
		model.addAttribute("lastRun", retention.lastRun().orElse(null));
		model.addAttribute("errors", Map.of());
	}

	private static PersonalDataCategory category(String code) {
		try {
			return PersonalDataCategory.valueOf(code);
		}
		catch (IllegalArgumentException unknown) {
			throw InvalidInput.of("category", "unknown category of personal data");
		}
	}

	private static int years(@Nullable String text) {
		try {
			return Integer.parseInt(text == null ? "" : text.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of("years", "form.error.number");
		}
	}

	@PostMapping("/data-protection/retention/run")
	String run(RedirectAttributes redirect) {
		var run = retention.enforceNow();
		redirect.addFlashAttribute("ran", run.anonymised());
		return "redirect:/data-protection";
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInput.of("birthDate", "form.error.date");
		}
	}


	/** The subject-access search as typed. */
	record QueryForm(@Nullable String name, @Nullable String birthDate, @Nullable String number) {
	}
}
