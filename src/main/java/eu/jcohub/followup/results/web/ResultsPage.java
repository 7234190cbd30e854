package eu.jcohub.followup.results.web;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.results.Results;
import eu.jcohub.shared.OperationId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An operation's results page: today's (or a chosen day's) beside the debriefing's, and what was added since. */
@Controller
class ResultsPage {

	private final Results results;
	private final FollowupWords words;

	ResultsPage(Results results, FollowupWords words) {
		this.results = results;
		this.words = words;
	}

	@GetMapping("/operations/{id}/results")
	String page(@PathVariable UUID id, @RequestParam(defaultValue = "") String asOf, Model model) {
		var day = asOf.isBlank() ? null : lenient(asOf);
		var shown = results.of(OperationId.of(id), day);
		model.addAttribute("r", shown);
		model.addAttribute("operational", ResultRow.operational(shown));
		model.addAttribute("outcomes", ResultRow.outcomes(shown));
		model.addAttribute("asOfError", !asOf.isBlank() && day == null);
		model.addAttribute("typed", asOf);
		return "followup/results/page";
	}

	/** A day that cannot be read shows today's results, with the reason beside the field. */
	private java.time.@org.jspecify.annotations.Nullable LocalDate lenient(String text) {
		try {
			return ResultsApi.day(text, words);
		}
		catch (eu.jcohub.shared.InvalidInput e) {
			return null;
		}
	}
}
