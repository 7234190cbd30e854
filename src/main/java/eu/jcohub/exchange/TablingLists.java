package eu.jcohub.exchange;

import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Puts together a semester's tabling list as the current user may see it. */
@Component
class TablingLists {

	private final OperationRegister register;
	private final ReferenceData reference;
	private final Clock clock;

	TablingLists(OperationRegister register, ReferenceData reference, Clock clock) {
		this.register = register;
		this.reference = reference;
		this.clock = clock;
	}

	TablingList of(Semester semester) {
		var byOrganiser = register.list(OperationFilter.between(semester.start(), semester.end())).stream()
			.sorted(Comparator.comparing((OperationView view) -> view.plan().firstPhase().start())
				.thenComparing(view -> view.plan().name()))
			.collect(Collectors.groupingBy(view -> view.plan().organiser(), TreeMap::new, Collectors.toList()));
		List<TablingList.Group> groups = byOrganiser.entrySet().stream()
			.map(entry -> new TablingList.Group(entry.getKey(),
					reference.organisation(entry.getKey()).map(Organisation::name).orElse(entry.getKey()), entry.getValue()))
			.toList();
		return TablingList.of(semester, LocalDate.now(clock), groups);
	}
}
