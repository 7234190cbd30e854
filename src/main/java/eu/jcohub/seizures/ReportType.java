package eu.jcohub.seizures;

/** What a field report records: a control carried out, or a seizure made. */
public enum ReportType {
	CONTROL, SEIZURE
}
