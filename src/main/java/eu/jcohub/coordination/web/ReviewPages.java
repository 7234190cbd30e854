package eu.jcohub.coordination.web;

import eu.jcohub.coordination.MidOperationReview;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The review of a phase in the browser, with the way to the profiles of the next phase. */
@Controller
class ReviewPages {

	private final MidOperationReview reviews;
	private final OperationRegister operations;

	ReviewPages(MidOperationReview reviews, OperationRegister operations) {
		this.reviews = reviews;
		this.operations = operations;
	}

	@GetMapping("/operations/{id}/review")
	String page(@PathVariable OperationId id, @RequestParam(required = false) @Nullable Integer phase, Model model) {
		var review = reviews.of(id, phase);
		model.addAttribute("operation", operations.find(id));
		model.addAttribute("review", review);
		return "coordination/review";
	}
}
