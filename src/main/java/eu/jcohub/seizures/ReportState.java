package eu.jcohub.seizures;

/**
 * Where a field report stands with the OCU: received, then validated (it counts in the figures), queried (a
 * question back to the reporter, whose answer makes it received again) or rejected (with the reason).
 */
public enum ReportState {
	RECEIVED, VALIDATED, QUERIED, REJECTED
}
