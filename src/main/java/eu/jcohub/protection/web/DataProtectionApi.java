package eu.jcohub.protection.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.protection.PersonalDataCategory;
import eu.jcohub.protection.Retention;
import eu.jcohub.protection.RetentionRules;
import eu.jcohub.protection.SubjectAccess;
import eu.jcohub.protection.SubjectMention;
import eu.jcohub.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data protection", description = "Retention of personal data and subject-access searches")
class DataProtectionApi {

	private final RetentionRules rules;
	private final Retention retention;
	private final SubjectAccess subjectAccess;
	private final AccessPolicy access;

	DataProtectionApi(RetentionRules rules, Retention retention, SubjectAccess subjectAccess, AccessPolicy access) {
		this.rules = rules;
		this.retention = retention;
		this.subjectAccess = subjectAccess;
		this.access = access;
	}

	@GetMapping("/api/retention-rules")
	@Operation(summary = "An organisation's retention periods per category of personal data (default: your own)")
	List<RetentionRules.Rule> rules(@RequestParam @Nullable String organisation) {
		return rules.rulesOf(organisation == null ? access.currentUser().organisation() : organisation);
	}

	@PutMapping("/api/retention-rules/{category}")
	@Operation(summary = "Set how many years an organisation keeps a category (its national coordinator, or an "
			+ "administrator)")
	RetentionRules.Rule set(@PathVariable PersonalDataCategory category, @RequestBody RuleRequest request) {
		var organisation = request.organisation() == null ? access.currentUser().organisation() : request.organisation();
		rules.requireManage(organisation);
		if (request.years() == null) {
			throw InvalidInput.of("years", "give the number of years");
		}
		return rules.set(organisation, category, request.years());
	}

	@PostMapping("/api/retention/run")
	@Operation(summary = "Apply the retention rules now (administrators; the daily job does it anyway)")
	Retention.Run run() {
		return retention.enforceNow();
	}

	@GetMapping("/api/subject-access")
	@Operation(summary = "Your administration's records mentioning a person or company (coordinators and leaders); "
			+ "the search is audited")
	List<SubjectMention> subjectAccess(@RequestParam @Nullable String name,
			@Parameter(schema = @Schema(type = "string", format = "date")) @RequestParam @Nullable String birthDate,
			@RequestParam @Nullable String number) {
		// Who may search is decided before what was typed is read, the date included.
		subjectAccess.requireAllowed();
		return subjectAccess.search(name, day(birthDate), number);
	}

	private static @Nullable LocalDate day(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw InvalidInput.of("birthDate", "a date as YYYY-MM-DD");
		}
	}

	record RuleRequest(@Nullable Integer years, @Nullable String organisation) {
	}
}
