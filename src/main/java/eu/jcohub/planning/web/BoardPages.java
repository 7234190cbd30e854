package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationStatus;
import eu.jcohub.planning.BoardLine;
import eu.jcohub.planning.FacilitatorBoard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The facilitator board: operations in planning (filtered and sorted), coverage, and follow-up, as tabs. */
@Controller
class BoardPages {

	static final List<String> SORTS = List.of("start", "name", "status", "overdue", "invitations", "conflicts");
	private static final Map<String, Comparator<BoardLine>> ORDERS = Map.of(
			"start", Comparator.comparing(line -> line.operation().plan().firstPhase().start()),
			"name", Comparator.comparing(line -> line.operation().plan().name().toLowerCase(Locale.ROOT)),
			"status", Comparator.comparing(line -> line.operation().status()),
			"overdue", Comparator.comparingLong(BoardLine::overdueTasks).reversed(),
			"invitations", Comparator.comparingLong(BoardLine::openInvitations).reversed(),
			"conflicts", Comparator.comparingLong(BoardLine::unresolvedConflicts).reversed());

	private final FacilitatorBoard board;
	private final Names names;
	private final Clock clock;

	BoardPages(FacilitatorBoard board, Names names, Clock clock) {
		this.board = board;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/planning/board")
	String board(@RequestParam(defaultValue = "planning") String tab, @RequestParam @Nullable OperationStatus status,
			@RequestParam @Nullable String organiser, @RequestParam(defaultValue = "start") String sort, Locale locale,
			Model model) {
		var order = ORDERS.getOrDefault(sort, ORDERS.get("start"))
			.thenComparing(line -> line.operation().plan().firstPhase().start());
		var all = board.lines(null, null, locale);
		var lines = all.stream()
			.filter(line -> status == null || line.operation().status() == status)
			.filter(line -> organiser == null || organiser.isBlank() || line.operation().plan().organiser().equals(organiser))
			.sorted(order)
			.toList();
		var year = LocalDate.now(clock).getYear();
		model.addAttribute("tab", List.of("planning", "coverage", "followUp").contains(tab) ? tab : "planning");
		model.addAttribute("lines", lines);
		model.addAttribute("statuses", FacilitatorBoard.IN_PLANNING.stream().sorted().toList());
		model.addAttribute("organisers", all.stream().map(line -> line.operation().plan().organiser()).distinct()
			.sorted(Comparator.comparing(names::organisation)).toList());
		model.addAttribute("status", status == null ? "" : status.name());
		model.addAttribute("organiser", organiser == null ? "" : organiser);
		model.addAttribute("sort", SORTS.contains(sort) ? sort : "start");
		model.addAttribute("sorts", SORTS);
		model.addAttribute("coverage", List.of(board.coverage(year), board.coverage(year + 1)));
		model.addAttribute("followUps", board.followUp());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("planningNames", names);
		return "planning/board";
	}
}
