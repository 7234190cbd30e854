package eu.jcohub.exchange;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Puts together a semester's tabling list as the current user may see it, in the user's words. */
@Component
class TablingLists {

	private static final List<String> COLUMNS = List.of("operation", "type", "status", "phases", "leadCountry",
			"participants", "riskAreas", "transportModes", "locations", "contactPoint");

	private final OperationRegister register;
	private final PlanWords planWords;
	private final Clock clock;

	TablingLists(OperationRegister register, PlanWords planWords, Clock clock) {
		this.register = register;
		this.planWords = planWords;
		this.clock = clock;
	}

	TablingList of(Semester semester, Locale locale) {
		var words = planWords.in(locale);
		var views = register.list(OperationFilter.between(semester.start(), semester.end()));
		var byOrganiser = views.stream()
			.sorted(Comparator.comparing((OperationView view) -> view.plan().firstPhase().start())
				.thenComparing(view -> view.plan().name()))
			.collect(Collectors.groupingBy(view -> words.organisation(view.plan().organiser()),
					() -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER), Collectors.toList()));
		var groups = byOrganiser.entrySet().stream()
			.map(entry -> new TablingList.Group(entry.getKey(),
					entry.getValue().stream().map(view -> row(view, words)).toList()))
			.toList();
		var today = LocalDate.now(clock);
		var texts = new TablingList.Texts(
				words.text("exchange.tabling.title", semester.toString(), words.day(semester.start()),
						words.day(semester.end())),
				words.text("exchange.tabling.summary", views.size(), groups.size()), words.text("exchange.tabling.empty"),
				words.text("exchange.tabling.generated", words.day(today)), words.pattern("exchange.tabling.page"),
				words.text("exchange.tabling.sheet", semester.toString()), words.text("exchange.tabling.column.organiser"),
				words.text("exchange.tabling.column.firstDay"), words.text("exchange.tabling.column.lastDay"),
				COLUMNS.stream().map(column -> words.text("exchange.tabling.column." + column)).toList());
		return new TablingList(semester, today, marking(views), texts, groups);
	}

	/** The calendar's marking, plus that of each operation whose details are shown. */
	private static String marking(List<OperationView> views) {
		var markings = new LinkedHashSet<String>();
		markings.add(HandlingCode.PUBLIC_CALENDAR.marking());
		views.stream().filter(OperationView::detailsVisible).map(OperationView::marking).sorted().forEach(markings::add);
		return String.join(" · ", markings);
	}

	/** Transport modes and places are details: shown only where the reader may see them. */
	private static TablingList.Row row(OperationView view, PlanWords.In words) {
		var plan = view.plan();
		boolean details = view.detailsVisible();
		var hidden = words.text("exchange.tabling.hidden");
		return new TablingList.Row(plan.name(), words.type(view), words.status(view), words.phases(plan.phases()),
				words.country(plan.leadCountry()), words.countries(plan.participants()), words.riskAreas(plan.riskAreas()),
				details ? words.transportModes(plan.transportModes()) : hidden,
				details ? words.locations(plan.locations()) : hidden,
				plan.contactPoint() == null ? words.none() : plan.contactPoint(), plan.firstPhase().start(),
				plan.lastPhase().end());
	}
}
