package eu.jcohub.exchange;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tabling list for the Coordination Mechanism: every operation of a semester, grouped by organiser, as
 * one reader may see it.
 *
 * @param marking the handling marking of what is included: the calendar's, plus that of each operation whose
 *        details are shown
 */
record TablingList(Semester semester, LocalDate generatedOn, String marking, List<Group> groups) {

	static final String[] COLUMNS = { "Operation", "Type", "Status", "Dates", "Lead", "Participants", "Risk areas",
			"Transport modes", "Locations", "Contact point" };

	record Group(String organiser, String organiserName, List<OperationView> operations) {
	}

	static TablingList of(Semester semester, LocalDate today, List<Group> groups) {
		var markings = new LinkedHashSet<String>();
		markings.add(HandlingCode.PUBLIC_CALENDAR.marking());
		groups.stream().flatMap(group -> group.operations().stream())
			.filter(OperationView::detailsVisible)
			.map(OperationView::marking)
			.sorted()
			.forEach(markings::add);
		return new TablingList(semester, today, String.join(" · ", markings), groups);
	}

	String title() {
		return "Tabling list for the Coordination Mechanism – semester " + semester + " (" + semester.start() + " to "
				+ semester.end() + ")";
	}

	String fileName(String extension) {
		return "tabling-list-" + semester + "." + extension;
	}

	int size() {
		return groups.stream().mapToInt(group -> group.operations().size()).sum();
	}

	/** One operation's cells, in the order of {@link #COLUMNS}; details only where the reader may see them. */
	static List<String> cells(OperationView view) {
		var plan = view.plan();
		boolean details = view.detailsVisible();
		return List.of(plan.name(), plan.type().name(), view.status().name(), dates(plan.phases()),
				plan.leadCountry() == null ? "" : plan.leadCountry(), String.join(", ", plan.participants()),
				String.join(", ", plan.riskAreas()), details ? String.join(", ", plan.transportModes()) : "–",
				details ? String.join(", ", plan.locations()) : "–",
				plan.contactPoint() == null ? "" : plan.contactPoint());
	}

	private static String dates(List<Phase> phases) {
		return phases.stream().map(phase -> phase.start() + " – " + phase.end()).collect(Collectors.joining("; "));
	}
}
