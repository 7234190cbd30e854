package eu.jcohub.protection;

/** Kinds of personal data, each with its own retention period per organisation. */
public enum PersonalDataCategory {
	/** Names, dates of birth and identity document numbers of natural persons. */
	PERSON,
	/** Company names and registration numbers (personal data where they identify a sole trader or manager). */
	COMPANY
}
