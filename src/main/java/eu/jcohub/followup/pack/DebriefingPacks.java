package eu.jcohub.followup.pack;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.ReportFigures;
import eu.jcohub.followup.debriefing.DebriefingAccess;
import eu.jcohub.operations.OperationView;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.Dates;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Writes an operation's debriefing pack from its chapters, for those who may read the debriefing. Whoever may not
 * is refused before anything of the operation is read, so a refusal carries not even its title.
 */
@Service
public class DebriefingPacks {

	private final DebriefingAccess access;
	private final ReportFigures figures;
	private final List<PackChapter> chapters;
	private final FollowupWords words;
	private final ReferenceData reference;
	private final Dates dates;
	private final UserAccounts accounts;
	private final Clock clock;

	DebriefingPacks(DebriefingAccess access, ReportFigures figures, List<PackChapter> chapters, FollowupWords words,
			ReferenceData reference, Dates dates, UserAccounts accounts, Clock clock) {
		this.access = access;
		this.figures = figures;
		this.chapters = chapters.stream().sorted(Comparator.comparingInt(PackChapter::order)).toList();
		this.words = words;
		this.reference = reference;
		this.dates = dates;
		this.accounts = accounts;
		this.clock = clock;
	}

	public PackDocument pack(OperationId id) {
		var operation = access.requireRead(id);
		var context = new PackContext(operation, figures.ofOperation(id), words, reference, dates,
				username -> accounts.find(username).map(CurrentUser::displayName).orElse(username));
		var written = chapters.stream().map(chapter -> chapter.write(context)).flatMap(Optional::stream).toList();
		return frame(operation, "pack.kind", written);
	}

	/**
	 * Another document of the operation's debriefing (the threat-assessment draft) in the pack's frame: title
	 * page, marking and footer; for those who may read the debriefing.
	 */
	public PackDocument document(OperationId id, String kindKey, List<Chapter> written) {
		return frame(access.requireRead(id), kindKey, written);
	}

	private PackDocument frame(OperationView operation, String kindKey, List<Chapter> written) {
		var plan = operation.plan();
		var generated = dates.moment(Instant.now(clock));
		var facts = new java.util.ArrayList<String>();
		facts.add(words.of("pack.fact.organiser", reference.organisationName(plan.organiser())));
		facts.add(words.of("pack.fact.period", dates.range(plan.firstPhase().start(), plan.lastPhase().end()),
				plan.phases().size()));
		facts.add(words.of("pack.fact.status", words.of("operation.status." + operation.status().name())));
		facts.add(words.of("pack.fact.generated", generated));
		var kind = words.of(kindKey);
		return new PackDocument(kind, plan.name(), facts, operation.marking(),
				words.of("pack.footer", plan.name(), kind, generated), written, wordsOfLayout(words));
	}

	/** The words the renderers add, shared with the threat-assessment export. */
	public static PackDocument.Words wordsOfLayout(FollowupWords words) {
		return new PackDocument.Words(words.of("pack.contents"), words.of("pack.page"), words.of("pack.table"),
				words.of("pack.figure"), words.of("pack.none"));
	}
}
