package eu.jcohub.cooperation.web;

import eu.jcohub.cooperation.Article;
import eu.jcohub.cooperation.Authority;
import eu.jcohub.cooperation.CompetenceDraft;
import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.cooperation.Guidance;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Naples II cooperation in the browser: the overview, the competence matrix and its entries, the guidance for a pair
 * of states, one plain-language page per article and the usage statistics.
 */
@Controller
class CooperationPages {

	private static final int UNPROCESSABLE = 422;
	private final Cooperation cooperation;
	private final FormErrorMessages errorMessages;
	private final NaplesWords words;
	private final OperationRegister operations;

	CooperationPages(Cooperation cooperation, FormErrorMessages errorMessages, NaplesWords words,
			OperationRegister operations) {
		this.operations = operations;
		this.cooperation = cooperation;
		this.errorMessages = errorMessages;
		this.words = words;
	}

	@GetMapping("/naples")
	String index(Model model) {
		model.addAttribute("articles", Article.values());
		model.addAttribute("states", cooperation.memberStates());
		model.addAttribute("errors", Map.of());
		return "cooperation/index";
	}

	@GetMapping("/naples/matrix")
	String matrix(Model model) {
		var entries = cooperation.competences(null);
		var byCell = new java.util.HashMap<String, Object>();
		entries.forEach(entry -> byCell.put(entry.country() + "/" + entry.article().number(), entry));
		model.addAttribute("articles", Article.values());
		model.addAttribute("states", cooperation.memberStates());
		model.addAttribute("cells", byCell);
		model.addAttribute("demonstration", entries.stream().anyMatch(e -> e.demonstration()));
		model.addAttribute("toReconfirm", entries.stream().filter(e -> e.toReconfirm()).count());
		return "cooperation/matrix";
	}

	@GetMapping("/naples/competences/{country}/{article}")
	String entry(@PathVariable String country, @PathVariable String article, Model model) {
		var number = Article.parse(article, "article");
		return entryPage(country, number, null, Map.of(), model);
	}

	@PostMapping("/naples/competences/{country}/{article}")
	String confirm(@PathVariable String country, @PathVariable String article,
			@RequestParam(required = false) @Nullable List<String> authorities,
			@RequestParam(required = false) @Nullable String decidedBy,
			@RequestParam(required = false) @Nullable String declaration,
			@RequestParam(required = false) @Nullable String contactPoint,
			@RequestParam(required = false) @Nullable String legalBasis, Model model, Locale locale,
			HttpServletResponse response) {
		var number = Article.parse(article, "article");
		var draft = new CompetenceDraft(authorities, decidedBy, declaration, contactPoint, legalBasis);
		if (!cooperation.mayConfirm(country.toUpperCase(Locale.ROOT))) {
			// Refused before the input is read, whatever it holds.
			throw eu.jcohub.shared.Forbidden.because(eu.jcohub.cooperation.CooperationRules.CONFIRM.refusalKey(),
					"Only the member state's own customs administration confirms its entries.");
		}
		try {
			var saved = cooperation.confirm(country, number, draft);
			return "redirect:/naples/competences/" + saved.country() + "/" + number.number() + "?confirmed";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return entryPage(country, number, draft, errorMessages.of(invalid, locale), model);
		}
	}

	private String entryPage(String country, Article article, @Nullable CompetenceDraft typed, Map<String, String> errors,
			Model model) {
		var entry = cooperation.competence(country, article);
		var code = country.toUpperCase(Locale.ROOT);
		model.addAttribute("country", code);
		model.addAttribute("article", article);
		model.addAttribute("entry", entry.orElse(null));
		model.addAttribute("mayConfirm", cooperation.mayConfirm(code));
		model.addAttribute("authorities", Authority.values());
		model.addAttribute("form", typed != null ? typed
				: entry.map(e -> new CompetenceDraft(e.authorities().stream().map(Enum::name).toList(),
						e.decidedBy() == null ? null : e.decidedBy().name(), e.declaration(), e.contactPoint(),
						e.legalBasis()))
					.orElse(new CompetenceDraft(List.of(), null, null, null, null)));
		model.addAttribute("errors", errors);
		return "cooperation/entry";
	}

	@GetMapping("/naples/guidance")
	String guidance(@RequestParam(required = false) @Nullable String article,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("articles", Article.values());
		model.addAttribute("states", cooperation.memberStates());
		model.addAttribute("article", article);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		Map<String, String> errors = Map.of();
		Guidance guidance = null;
		if (article != null || from != null || to != null) {
			try {
				guidance = cooperation.guidance(Article.parse(article, "article"), from == null ? "" : from,
						to == null ? "" : to);
			}
			catch (InvalidInput invalid) {
				response.setStatus(UNPROCESSABLE);
				errors = errorMessages.of(invalid, locale);
			}
		}
		model.addAttribute("guidance", guidance);
		model.addAttribute("errors", errors);
		return "cooperation/guidance";
	}

	@GetMapping("/naples/articles/{article}")
	String article(@PathVariable String article, Model model) {
		Article shown;
		try {
			shown = Article.parse(article, "article");
		}
		catch (InvalidInput notAnArticle) {
			throw new NotFound("Article", article);
		}
		model.addAttribute("article", shown);
		model.addAttribute("audiences", List.of("customs", "police", "prosecutors", "judges"));
		model.addAttribute("articles", Article.values());
		return "cooperation/article";
	}

	@GetMapping("/naples/statistics")
	String statistics(Model model) {
		var statistics = cooperation.statistics();
		model.addAttribute("statistics", statistics);
		model.addAttribute("chart", UsageChart.of(statistics, words));
		model.addAttribute("operation", null);
		return "cooperation/statistics";
	}

	/** The same for one operation, for those who see its details. */
	@GetMapping("/operations/{id}/naples-statistics")
	String operationStatistics(@PathVariable OperationId id, Model model) {
		var statistics = cooperation.statistics(id);
		model.addAttribute("statistics", statistics);
		model.addAttribute("chart", UsageChart.of(statistics, words));
		model.addAttribute("operation", operations.find(id));
		return "cooperation/statistics";
	}

}
