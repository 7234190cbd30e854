package eu.jcohub.followup.web;

import eu.jcohub.followup.ActionDraft;
import eu.jcohub.followup.FollowupRules;
import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.Recommendation;
import eu.jcohub.followup.RecommendationChange;
import eu.jcohub.followup.RecommendationDraft;
import eu.jcohub.followup.RecommendationStatus;
import eu.jcohub.followup.Recommendations;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.VersionRequired;
import eu.jcohub.shared.web.Dates;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
 * The monitoring file in the browser: the list with its filters and exports, one recommendation with the forms to
 * work it (status with evidence or reason; a new action), and the form to record one. A refused form comes back
 * with the reason next to its field and what was typed; nothing is saved.
 */
@Controller
class RecommendationPages {

	private static final int UNPROCESSABLE = 422;
	private static final int CONFLICT = 409;
	private static final int PRECONDITION_REQUIRED = 428;
	private final Recommendations recommendations;
	private final FollowupWords words;
	private final FollowupNames names;
	private final FormErrorMessages errorMessages;
	private final Dates dates;

	RecommendationPages(Recommendations recommendations, FollowupWords words, FollowupNames names,
			FormErrorMessages errorMessages, Dates dates) {
		this.dates = dates;
		this.recommendations = recommendations;
		this.words = words;
		this.names = names;
		this.errorMessages = errorMessages;
	}

	@ModelAttribute("names")
	FollowupNames names() {
		return names;
	}

	@GetMapping("/recommendations")
	String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String addressee,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "") String source,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "") String operation,
			Model model) {
		var filter = Filters.lenient(status, addressee, overdue, source, mine, operation);
		var operations = recommendations.operations();
		model.addAttribute("recommendations", recommendations.list(filter));
		model.addAttribute("statuses", Choice.of(List.of(RecommendationStatus.values()), RecommendationStatus::name,
				s -> words.of("followup.status." + s.name())));
		model.addAttribute("addressees", Choice.of(recommendations.addressees(), a -> a, names::organisation));
		model.addAttribute("sources", Choice.of(recommendations.sources(), s -> s, s -> s));
		model.addAttribute("operations", Choice.of(List.copyOf(operations.keySet()), OperationId::toString, operations::get));
		model.addAttribute("operationNames", operations);
		model.addAttribute("filter", filter);
		model.addAttribute("today", recommendations.today());
		model.addAttribute("mayRecord", recommendations.mayRecord());
		var shown = filter.status();
		model.addAttribute("query", query(shown == null ? "" : shown.name(), addressee, overdue, source, mine,
				filter.operation() == null ? "" : filter.operation().toString()));
		return "followup/list";
	}

	@GetMapping("/recommendations/{id}")
	String one(@PathVariable UUID id, Model model) {
		return page(recommendations.find(id), WorkForm.of(recommendations.find(id)), ActionForm.blank(), Map.of(), model);
	}

	@PostMapping("/recommendations/{id}")
	String work(@PathVariable UUID id, @ModelAttribute WorkForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			recommendations.change(id, RecommendationChange.work(form.status(), form.evidence(), form.reason(),
					form.version()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/recommendations/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return page(recommendations.find(id), form, ActionForm.blank(), errorMessages.of(invalid, locale), model);
		}
		catch (VersionRequired missing) {
			// A form without the version it was opened on could silently undo someone else's change.
			response.setStatus(PRECONDITION_REQUIRED);
			return page(recommendations.find(id), form, ActionForm.blank(),
					Map.of("version", words.of("followup.error.reload")), model);
		}
		catch (DomainRuleViolation stale) {
			response.setStatus(CONFLICT);
			var current = recommendations.find(id);
			return page(current, form.on(current.version()), ActionForm.blank(), Map.of("version", stale.getMessage()),
					model);
		}
	}

	@PostMapping("/recommendations/{id}/actions")
	String act(@PathVariable UUID id, @ModelAttribute ActionForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			recommendations.addAction(id, new ActionDraft(form.description(), form.owner(), form.due()));
			redirect.addFlashAttribute("actionAdded", true);
			return "redirect:/recommendations/" + id + "#actions";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			var recommendation = recommendations.find(id);
			return page(recommendation, WorkForm.of(recommendation), form, errorMessages.of(invalid, locale), model);
		}
	}

	@GetMapping("/recommendations/new")
	String newRecommendation(Model model) {
		if (!recommendations.mayRecord()) {
			throw Forbidden.because(FollowupRules.RECORD.refusalKey(), "You may not record recommendations.");
		}
		return recordForm(new RecordForm("", "", "", "", ""), Map.of(), model);
	}

	@PostMapping("/recommendations")
	String record(@ModelAttribute RecordForm form, Model model, Locale locale, HttpServletResponse response) {
		try {
			var recorded = recommendations.record(new RecommendationDraft(form.reference(), form.source(), form.text(),
					form.addressee(), form.operation()));
			return "redirect:/recommendations/" + recorded.id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return recordForm(form, errorMessages.of(invalid, locale), model);
		}
	}

	private String recordForm(RecordForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("operations", Choice.of(recommendations.operationsToChoose(), o -> o.id().toString(),
				o -> o.plan().name() + " – " + dates.range(o.plan().firstPhase().start(), o.plan().lastPhase().end())));
		return "followup/new";
	}

	private String page(Recommendation recommendation, WorkForm work, ActionForm action, Map<String, String> errors,
			Model model) {
		model.addAttribute("r", recommendation);
		model.addAttribute("operationName", recommendation.operation() == null ? null
				: recommendations.operations().get(recommendation.operation()));
		model.addAttribute("recurring", recommendation.recursWith().stream().map(recommendations::find).toList());
		model.addAttribute("today", recommendations.today());
		model.addAttribute("mayWork", recommendations.mayWork(recommendation));
		model.addAttribute("statuses", RecommendationStatus.values());
		model.addAttribute("work", work);
		model.addAttribute("action", action);
		model.addAttribute("errors", errors);
		return "followup/recommendation";
	}

	/** The list's filters as a query string, for the export links. */
	private static String query(String status, String addressee, boolean overdue, String source, boolean mine,
			String operation) {
		var parts = new java.util.ArrayList<String>();
		add(parts, "status", status);
		add(parts, "addressee", addressee);
		add(parts, "source", source);
		add(parts, "operation", operation);
		if (overdue) {
			parts.add("overdue=true");
		}
		if (mine) {
			parts.add("mine=true");
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	private static void add(List<String> parts, String name, String value) {
		if (!value.isBlank()) {
			parts.add(name + "=" + java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	/** The work form: status, evidence and reason as typed, and the version the page showed. */
	record WorkForm(@Nullable String status, @Nullable String evidence, @Nullable String reason, @Nullable Long version) {

		static WorkForm of(Recommendation r) {
			return new WorkForm(r.status().name(), r.evidence(), r.reason(), r.version());
		}

		/** What was typed, to apply again on the version now current once the reader has seen it. */
		WorkForm on(long current) {
			return new WorkForm(status, evidence, reason, current);
		}
	}

	/** The new action form as typed. */
	record ActionForm(@Nullable String description, @Nullable String owner, @Nullable String due) {

		static ActionForm blank() {
			return new ActionForm("", "", "");
		}
	}

	/** The form recording a recommendation, as typed. */
	record RecordForm(@Nullable String reference, @Nullable String source, @Nullable String text,
			@Nullable String addressee, @Nullable String operation) {
	}

	/** One option of a select: the code sent and the words shown. */
	record Choice(String code, String name) {

		static <T> List<Choice> of(List<T> items, Function<T, String> value, Function<T, String> label) {
			return items.stream().map(item -> new Choice(value.apply(item), label.apply(item))).toList();
		}
	}
}
