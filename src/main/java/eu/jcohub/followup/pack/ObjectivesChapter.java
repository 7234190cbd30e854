package eu.jcohub.followup.pack;

import eu.jcohub.followup.debriefing.ObjectiveEvaluation;
import eu.jcohub.followup.debriefing.ObjectiveEvaluations;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The objectives set at planning, each with its target, what was achieved and whether it was met. */
@Component
class ObjectivesChapter implements PackChapter {

	private final ObjectiveEvaluations evaluations;

	ObjectivesChapter(ObjectiveEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<Chapter> write(PackContext context) {
		var evaluated = evaluations.of(context.operation().id());
		var blocks = new ArrayList<Chapter.Block>();
		if (evaluated.isEmpty()) {
			blocks.add(new Text(context.word("pack.objectives.none")));
			return Optional.of(new Chapter(context.word("pack.objectives.title"), blocks));
		}
		long met = evaluated.stream().filter(e -> e.verdict() == eu.jcohub.followup.debriefing.Verdict.MET).count();
		blocks.add(new Text(context.word("pack.objectives.text", evaluated.size(), met)));
		var rows = evaluated.stream().map(e -> row(context, e)).toList();
		blocks.add(new Table(context.word("pack.objectives.table"), List.of(context.word("pack.column.objective"),
				context.word("pack.column.measure"), context.word("pack.column.target"),
				context.word("pack.column.achieved"), context.word("pack.column.verdict")),
				List.of(false, false, true, true, false), rows));
		for (var e : evaluated) {
			if (e.assessment() != null) {
				blocks.add(new Text(context.word("pack.objectives.assessment", e.index() + 1,
						context.person(e.assessment().author()), context.dates().moment(e.assessment().assessedAt()),
						e.assessment().text())));
			}
		}
		return Optional.of(new Chapter(context.word("pack.objectives.title"), blocks));
	}

	static List<String> row(PackContext context, ObjectiveEvaluation e) {
		var o = e.objective();
		var measure = context.word("objective.metric." + o.metric().name())
				+ (o.riskArea() == null ? "" : ": " + context.riskArea(o.riskArea()))
				+ (o.unit() == null ? "" : " (" + context.word("objective.unit." + o.unit()) + ")");
		return List.of((e.index() + 1) + ". " + o.description(), measure,
				o.target() == null ? "–" : PackContext.number(o.target()),
				e.achieved() == null ? "–" : PackContext.number(e.achieved()),
				context.word("followup.verdict." + e.verdict().name()));
	}
}
