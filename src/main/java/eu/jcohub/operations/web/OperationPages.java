package eu.jcohub.operations.web;

import eu.jcohub.shared.web.FormErrorMessages;
import eu.jcohub.operations.Conflict;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Resolution;
import eu.jcohub.shared.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletResponse;

/** The printable list of operations, one operation's page, and recording how a conflict was resolved. */
@Controller
class OperationPages {

	/** A refused form comes back with its errors, as 422 so that scripts and tests can tell. */
	static final int UNPROCESSABLE = 422;

	private final OperationRegister register;
	private final FormOptions options;
	private final FormErrorMessages errorMessages;
	private final Clock clock;
	private final CalendarColours colours;

	OperationPages(OperationRegister register, FormOptions options, FormErrorMessages errorMessages, Clock clock,
			CalendarColours colours) {
		this.register = register;
		this.options = options;
		this.errorMessages = errorMessages;
		this.clock = clock;
		this.colours = colours;
	}

	/** Without dates, the list covers the coming twelve months: what a Coordination Mechanism meeting discusses. */
	@GetMapping("/operations")
	String list(@ModelAttribute OperationFilterForm filters, Model model) {
		var today = LocalDate.now(clock);
		var period = filters.withDefaultPeriod(today, today.plusMonths(12));
		var operations = register.list(period.toFilter());
		options.addTo(model);
		model.addAttribute("filters", period);
		model.addAttribute("operations", operations);
		// A year of operations holds more organisers than there are colours: the list shows the year's colours
		// and, like the calendar, every organiser's letter code.
		model.addAttribute("colours", colours.ofYear(Objects.requireNonNullElse(OperationFilterForm.date(period.from()), today)));
		return "operations/list";
	}

	@GetMapping("/operations/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(register.find(id), Map.of(), null, model);
	}

	@PostMapping("/operations/{id}/conflicts/{other}/resolution")
	String resolve(@PathVariable UUID id, @PathVariable UUID other, @RequestParam @Nullable String kind,
			@RequestParam @Nullable String note, Model model, Locale locale, HttpServletResponse response) {
		try {
			register.resolve(id, other, kind(kind), note == null ? "" : note);
			return "redirect:/operations/" + id + "#conflicts";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			model.addAttribute("resolutionDraft", new ResolutionDraft(other, kind, note));
			return page(register.find(id), errorMessages.of(invalid, locale), other, model);
		}
	}

	private String page(OperationView operation, Map<String, String> errors, @Nullable UUID erroneous, Model model) {
		// Conflicts describe the operation's details: only for those who may see them.
		List<Conflict> conflicts = operation.detailsVisible() ? register.conflictsOf(operation.id()) : List.of();
		options.addTo(model);
		model.addAttribute("operation", operation);
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("colours", colours.ofYear(operation.plan().firstPhase().start()));
		model.addAttribute("errors", errors);
		model.addAttribute("erroneousConflict", erroneous == null ? "" : erroneous.toString());
		return "operations/show";
	}

	private static Resolution.Kind kind(@Nullable String kind) {
		try {
			if (kind != null && !kind.isBlank()) {
				return Resolution.Kind.valueOf(kind);
			}
		}
		catch (IllegalArgumentException unknown) {
			// reported below like a missing choice
		}
		throw InvalidInput.of("kind", "form.error.required");
	}

	/** What the user typed into a resolution form that was refused, to show it again. */
	record ResolutionDraft(UUID other, @Nullable String kind, @Nullable String note) {
	}
}
