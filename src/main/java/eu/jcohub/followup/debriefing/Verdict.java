package eu.jcohub.followup.debriefing;

/** Whether an objective was reached: computed for a measured one, recorded for one assessed by hand. */
@io.swagger.v3.oas.annotations.media.Schema(name = "ObjectiveVerdict")
public enum Verdict {
	MET, PARTLY_MET, NOT_MET, NOT_ASSESSED;

	/** The verdicts an assessor may record. */
	static boolean recordable(Verdict verdict) {
		return verdict != NOT_ASSESSED;
	}
}
