package eu.jcohub.followup.board;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.cases.CaseReminders;
import eu.jcohub.followup.cases.Cases;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.planning.FollowUpItem;
import eu.jcohub.planning.FollowUpSource;
import eu.jcohub.reference.ReferenceData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Open investigation cases on which nothing was recorded for longer than the reminder interval, for the
 * facilitating structure: by reference and operation, never their persons. The link is to the operation's
 * results, which the board's readers may read; the case itself is for those concerned.
 */
@Component
class StaleCases implements FollowUpSource {

	private final Cases cases;
	private final CaseReminders reminders;
	private final OperationRegister operations;
	private final FollowupWords words;
	private final ReferenceData reference;

	StaleCases(Cases cases, CaseReminders reminders, OperationRegister operations, FollowupWords words,
			ReferenceData reference) {
		this.reference = reference;
		this.cases = cases;
		this.reminders = reminders;
		this.operations = operations;
		this.words = words;
	}

	@Override
	public String titleKey() {
		return "board.followUp.staleCases";
	}

	@Override
	public List<FollowUpItem> items(LocalDate today) {
		var silent = cases.silentSince(today.minusMonths(reminders.months()).atStartOfDay().toInstant(ZoneOffset.UTC));
		var names = operations.circles(silent.stream().map(c -> c.operationId()).collect(Collectors.toSet())).stream()
			.collect(Collectors.toMap(circle -> circle.id(), circle -> circle.name()));
		return silent.stream()
			.filter(c -> names.containsKey(c.operationId()))
			.map(c -> new FollowUpItem(c.operationId(), names.get(c.operationId()),
					words.of("board.followUp.staleCase", c.reference(), words.of("cases.kind." + c.kind().name()),
							reference.organisationName(c.owner()), LocalDate.ofInstant(c.updatedAt(), ZoneOffset.UTC)),
					null, "/operations/" + c.operationId() + "/results"))
			.toList();
	}
}
