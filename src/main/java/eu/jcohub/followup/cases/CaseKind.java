package eu.jcohub.followup.cases;

/** Whether a case is pursued before a criminal court or by an administrative procedure (fines, recovery). */
public enum CaseKind {
	CRIMINAL, ADMINISTRATIVE
}
