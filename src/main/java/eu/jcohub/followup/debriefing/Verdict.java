package eu.jcohub.followup.debriefing;

/** Whether an objective was reached: computed for a measured one, recorded for one assessed by hand. */
public enum Verdict {
	MET, PARTLY_MET, NOT_MET, NOT_ASSESSED;

	/** The verdicts an assessor may record. */
	static boolean recordable(Verdict verdict) {
		return verdict != NOT_ASSESSED;
	}
}
