package eu.jcohub.followup.results.web;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.results.Results;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Results", description = "An operation's final results: operational figures and case outcomes, growing after the operation")
class ResultsApi {

	private final Results results;
	private final FollowupWords words;

	ResultsApi(Results results, FollowupWords words) {
		this.results = results;
		this.words = words;
	}

	@GetMapping("/api/operations/{id}/results")
	@Operation(summary = "The operation's figures and case outcomes as of a day, beside those at its debriefing and what was added since",
			description = "asOf: ISO date; the results count what was validated and recorded by the end of that day")
	Results.OperationResults results(@PathVariable UUID id, @RequestParam(required = false) @Nullable String asOf) {
		return results.of(OperationId.of(id), day(asOf, words));
	}

	static @Nullable LocalDate day(@Nullable String text, FollowupWords words) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInput.of("asOf", words.of("cases.error.date"));
		}
	}
}
