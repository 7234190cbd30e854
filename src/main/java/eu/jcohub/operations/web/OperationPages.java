package eu.jcohub.operations.web;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.shared.OperationId;
import eu.jcohub.operations.OperationView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The printable list of operations, and one operation's page with what other modules show of it. */
@Controller
class OperationPages {

	/** A refused form comes back with its errors, as 422 so that scripts and tests can tell. */
	static final int UNPROCESSABLE = 422;

	private final OperationRegister register;
	private final FormOptions options;
	private final List<OperationSection> sections;
	private final Clock clock;
	private final CalendarColours colours;

	OperationPages(OperationRegister register, FormOptions options, List<OperationSection> sections, Clock clock,
			CalendarColours colours) {
		this.register = register;
		this.options = options;
		this.sections = List.copyOf(sections);
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
		return page(register.find(new OperationId(id)), model);
	}

	/** The operation, then what other modules show of it (its conflicts …), each as the user may see it. */
	private String page(OperationView operation, Model model) {
		options.addTo(model);
		model.addAttribute("operation", operation);
		model.addAttribute("colours", colours.ofYear(operation.plan().firstPhase().start()));
		model.addAttribute("sections", sections.stream()
			.sorted(Comparator.comparingInt(OperationSection::order))
			.flatMap(section -> section.sectionFor(operation).stream())
			.toList());
		return "operations/show";
	}

}
