package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationStatus;
import eu.jcohub.planning.BoardLine;
import eu.jcohub.planning.Coverage;
import eu.jcohub.planning.FacilitatorBoard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Facilitator board", description = "Every operation in planning, and the coverage of risk areas and modes")
class BoardApi {

	private final FacilitatorBoard board;
	private final java.time.Clock clock;

	BoardApi(FacilitatorBoard board, java.time.Clock clock) {
		this.board = board;
		this.clock = clock;
	}

	@GetMapping("/api/planning/board")
	@Operation(summary = "Every operation in planning: status, next deadlines, overdue tasks, invitations, unresolved"
			+ " conflicts, funding")
	List<BoardLine> board(@RequestParam @Nullable OperationStatus status, @RequestParam @Nullable String organiser,
			Locale locale) {
		return board.lines(status, organiser, locale);
	}

	@GetMapping("/api/planning/coverage")
	@Operation(summary = "Risk areas and transport modes no operation covers, this year and next (or the year given)")
	List<Coverage> coverage(@RequestParam @Nullable Integer year) {
		var first = year == null ? LocalDate.now(clock).getYear() : year;
		if (first < 2000 || first > 2099) {
			throw new IllegalArgumentException("year must be between 2000 and 2099");
		}
		return List.of(board.coverage(first), board.coverage(first + 1));
	}
}
