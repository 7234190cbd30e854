package eu.jcohub.audit.web;

import eu.jcohub.shared.InvalidInput;
import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Role;
import eu.jcohub.audit.AuditChain;
import eu.jcohub.audit.AuditSearch;
import eu.jcohub.audit.ReadableEntries;
import eu.jcohub.shared.web.FormErrorMessages;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail for an auditor: search it (administrators everything, others their organisation's acts and
 * what anyone did to its records), export the result, and, for administrators, verify the chain.
 */
@Controller
class AuditPages {

	/** Longer than any kind, record id or user name in the trail. */
	private static final int MAX_TEXT = 200;

	private final AuditSearch audit;
	private final ReadableEntries words;
	private final AuditChain chain;
	private final AccessPolicy access;
	private final FormErrorMessages errorMessages;

	AuditPages(AuditSearch audit, ReadableEntries words, AuditChain chain, AccessPolicy access,
			FormErrorMessages errorMessages) {
		this.audit = audit;
		this.words = words;
		this.chain = chain;
		this.access = access;
		this.errorMessages = errorMessages;
	}

	@GetMapping("/audit")
	String search(@RequestParam @Nullable String entityType, @RequestParam @Nullable String entityId,
			@RequestParam @Nullable String actor, @RequestParam @Nullable String from, @RequestParam @Nullable String to,
			@RequestParam(defaultValue = "false") boolean verify, Model model, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		var user = access.currentUser();
		boolean admin = user.has(Role.ADMIN);
		var errors = new LinkedHashMap<String, String>();
		text("entityType", entityType, errors, locale);
		text("entityId", entityId, errors, locale);
		text("actor", actor, errors, locale);
		var fromDay = day("from", from, errors, locale);
		var toDay = day("to", to, errors, locale);
		model.addAttribute("filters", new Filters(blank(entityType), blank(entityId), blank(actor), from, to));
		model.addAttribute("errors", errors);
		model.addAttribute("admin", admin);
		model.addAttribute("kinds", words.kinds(locale));
		if (errors.isEmpty()) {
			var criteria = new AuditSearch.Criteria(blank(entityType), blank(entityId), blank(actor),
					fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
					toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
			model.addAttribute("entries", words.of(audit.search(user.auditScope(), criteria), locale));
			model.addAttribute("csv", csvLink(criteria));
		}
		else {
			response.setStatus(422);
		}
		model.addAttribute("maxResults", AuditSearch.MAX_RESULTS);
		if (verify) {
			access.visibility().requireAdministrator();
			model.addAttribute("verification", chain.verify());
		}
		return "audit/index";
	}

	private static String csvLink(AuditSearch.Criteria criteria) {
		var link = UriComponentsBuilder.fromPath("/api/audit-trail.csv");
		if (criteria.entityType() != null) {
			link.queryParam("entityType", criteria.entityType());
		}
		if (criteria.entityId() != null) {
			link.queryParam("entityId", criteria.entityId());
		}
		if (criteria.actor() != null) {
			link.queryParam("actor", criteria.actor());
		}
		if (criteria.from() != null) {
			link.queryParam("from", criteria.from().toString());
		}
		if (criteria.to() != null) {
			link.queryParam("to", criteria.to().toString());
		}
		return link.encode().build().toUriString();
	}

	/** A text looked for: one that no record can hold (a NUL character, or longer than any) is an error. */
	private void text(String field, @Nullable String text, Map<String, String> errors, java.util.Locale locale) {
		var problem = new InvalidInput.Collector().text(field, text, MAX_TEXT).errors();
		problem.forEach((name, message) -> errors.putAll(errorMessages.of(name, message, locale)));
	}

	private @Nullable LocalDate day(String field, @Nullable String text, Map<String, String> errors,
			java.util.Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			errors.putAll(errorMessages.of(field, "form.error.date", locale));
			return null;
		}
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The search as typed. */
	record Filters(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
			@Nullable String from, @Nullable String to) {
	}
}
