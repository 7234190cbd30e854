package eu.jcohub.protection;

import java.time.LocalDate;
import java.util.List;

/** Implemented by each module that keeps personal data, so that retention and subject access reach it. */
public interface PersonalDataStore {

	/**
	 * Anonymises the personal data whose retention period under {@code rules} has ended by {@code today}, records
	 * each anonymisation in the audit trail, and says what it did.
	 */
	List<Anonymisation> enforce(RetentionRules.Periods rules, LocalDate today);

	/** The records of {@code owner} mentioning the person or company looked for. */
	List<SubjectMention> mentions(String owner, SubjectQuery query);

	/** One record made anonymous in one category. */
	record Anonymisation(String recordType, String recordId, String owner, PersonalDataCategory category,
			LocalDate retainedFrom, int years) {
	}
}
