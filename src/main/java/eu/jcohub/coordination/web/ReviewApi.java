package eu.jcohub.coordination.web;

import eu.jcohub.coordination.MidOperationReview;
import eu.jcohub.coordination.Review;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.Dates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mid-operation review", description = "A phase's results at the break, with suggested profile changes")
class ReviewApi {

	private final MidOperationReview reviews;
	private final MessageSource messages;
	private final Dates dates;
	private final Clock clock;

	ReviewApi(MidOperationReview reviews, MessageSource messages, Dates dates, Clock clock) {
		this.reviews = reviews;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@GetMapping("/api/operations/{id}/review")
	@Operation(summary = "The review of a phase: results per risk profile, place and risk area, drop warnings, suggested "
			+ "changes",
			description = "'phase': without it the last phase closed, else the first.")
	Review review(@PathVariable OperationId id, @RequestParam(required = false) @Nullable Integer phase) {
		return reviews.of(id, phase);
	}

	@GetMapping(path = "/api/operations/{id}/review.pdf", produces = "application/pdf")
	@Operation(summary = "The same review printed as PDF, with the operation's handling marking on every page")
	ResponseEntity<byte[]> pdf(@PathVariable OperationId id, @RequestParam(required = false) @Nullable Integer phase,
			Locale locale) {
		var review = reviews.of(id, phase);
		var pdf = ReviewPdf.render(review, messages, dates, locale, LocalDate.now(clock));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"review-phase-" + review.phase() + ".pdf\"")
			.body(pdf);
	}
}
