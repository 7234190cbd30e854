package eu.jcohub.followup.debriefing;

import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.followup.FollowupAuditVocabulary;
import eu.jcohub.followup.ReportFigures;
import eu.jcohub.planning.Metric;
import eu.jcohub.planning.Objective;
import eu.jcohub.planning.Objectives;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operation's objectives evaluated: a measured objective against the figure its validated reports reach, an
 * objective assessed by hand by the assessment recorded for it at the debriefing.
 */
@Service
public class ObjectiveEvaluations {

	static final int MAX_TEXT = 4000;

	private final DebriefingAccess access;
	private final Objectives objectives;
	private final ReportFigures figures;
	private final Cooperation cooperation;
	private final ReferenceData reference;
	private final AssessmentStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ObjectiveEvaluations(DebriefingAccess access, Objectives objectives, ReportFigures figures, Cooperation cooperation,
			ReferenceData reference, AssessmentStore store, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.objectives = objectives;
		this.figures = figures;
		this.cooperation = cooperation;
		this.reference = reference;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public List<ObjectiveEvaluation> of(OperationId id) {
		access.requireRead(id);
		var list = objectives.of(id);
		var naples = list.stream().anyMatch(o -> o.metric() == Metric.NAPLES_II_REQUESTS)
				? cooperation.statistics(id).overall().requests() : 0;
		var achievement = new Achievement(figures.ofOperation(id), naples, reference::riskAreaAndNarrower);
		var assessments = store.of(id);
		var evaluated = new ArrayList<ObjectiveEvaluation>();
		for (int i = 0; i < list.size(); i++) {
			var objective = list.get(i);
			if (objective.metric().computable()) {
				var achieved = achievement.of(objective);
				evaluated.add(new ObjectiveEvaluation(i, objective, achieved, Achievement.verdict(objective, achieved), null));
			}
			else {
				var stored = assessments.get(i);
				// An assessment made on other wording judged another objective.
				var assessment = stored != null && stored.description().equals(objective.description())
						? stored.assessment() : null;
				evaluated.add(new ObjectiveEvaluation(i, objective, null,
						assessment == null ? Verdict.NOT_ASSESSED : assessment.verdict(), assessment));
			}
		}
		return evaluated;
	}

	/** Records (or replaces) the assessment of an objective measured by hand; nothing is saved when a field is wrong. */
	@Transactional
	public ObjectiveEvaluation assess(OperationId id, AssessmentDraft draft) {
		var operation = access.requireEdit(id);
		var list = objectives.of(id);
		var errors = new InvalidInput.Collector();
		Objective objective = null;
		if (draft.objective() == null || draft.objective() < 0 || draft.objective() >= list.size()) {
			errors.reject("objective", list.isEmpty() ? "the operation has no objectives"
					: "choose an objective from 0 to " + (list.size() - 1));
		}
		else {
			objective = list.get(draft.objective());
			if (objective.metric().computable()) {
				errors.reject("objective", "this objective is evaluated from the reports, not by hand");
			}
		}
		var verdict = verdict(draft.verdict());
		if (verdict == null) {
			errors.reject("verdict", "one of MET, PARTLY_MET, NOT_MET");
		}
		var text = draft.text() == null ? "" : draft.text().strip();
		if (text.isEmpty()) {
			errors.reject("text", "say what the assessment rests on");
		}
		errors.text("text", text, MAX_TEXT);
		errors.throwIfAny();
		var assessment = new Assessment(verdict, text, access.username(), Instant.now(clock));
		store.save(id, draft.objective(), objective.description(), assessment);
		events.publishEvent(RecordChanged.updated(FollowupAuditVocabulary.DEBRIEFING, id.toString(), Map.of(),
				Map.of("objective", objective.description(), "verdict", verdict.name(), "assessment", text))
			.ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return new ObjectiveEvaluation(draft.objective(), objective, null, verdict, assessment);
	}

	private static @org.jspecify.annotations.Nullable Verdict verdict(@org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			var verdict = Verdict.valueOf(text.strip().toUpperCase(Locale.ROOT));
			return Verdict.recordable(verdict) ? verdict : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
