package eu.jcohub.operations.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;

/** The coordination calendar: month, quarter and year at a glance; its events come from {@link CalendarEvents}. */
@Controller
class CalendarPages {

	private final FormOptions options;

	CalendarPages(FormOptions options) {
		this.options = options;
	}

	/** {@code date} opens the calendar on another month than the current one. */
	@GetMapping("/calendar")
	String calendar(@ModelAttribute("filters") OperationFilterForm filters, @RequestParam @Nullable String date,
			@RequestParam @Nullable String view, Model model) {
		options.addTo(model);
		var initial = OperationFilterForm.date(date);
		model.addAttribute("initialDate", initial == null ? "" : initial.toString());
		model.addAttribute("initialView", view == null ? "" : view);
		return "operations/calendar";
	}
}
