package eu.jcohub.seizures;

import static eu.jcohub.protection.PersonalDataCategory.COMPANY;
import static eu.jcohub.protection.PersonalDataCategory.PERSON;

import eu.jcohub.protection.PersonalData;
import eu.jcohub.protection.PersonalDataCategory;
import eu.jcohub.protection.PersonalDataFields;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The person and company a seizure concerns: personal data, every field optional. */
public record Subject(@PersonalData(PERSON) @Nullable String personName,
		@PersonalData(PERSON) @Nullable LocalDate personBirthDate,
		@PersonalData(PERSON) @Nullable String documentNumber,
		@PersonalData(COMPANY) @Nullable String companyName,
		@PersonalData(COMPANY) @Nullable String companyRegistrationNumber) {

	public static final Subject NONE = new Subject(null, null, null, null, null);

	public Subject {
		personName = clean(personName);
		documentNumber = clean(documentNumber);
		companyName = clean(companyName);
		companyRegistrationNumber = clean(companyRegistrationNumber);
	}

	public boolean isEmpty() {
		return !holds(PersonalDataCategory.PERSON) && !holds(PersonalDataCategory.COMPANY);
	}

	public boolean holds(PersonalDataCategory category) {
		return switch (category) {
			case PERSON -> personName != null || personBirthDate != null || documentNumber != null;
			case COMPANY -> companyName != null || companyRegistrationNumber != null;
		};
	}

	/** The same subject with the category's fields erased. */
	public Subject without(PersonalDataCategory category) {
		return switch (category) {
			case PERSON -> new Subject(null, null, null, companyName, companyRegistrationNumber);
			case COMPANY -> new Subject(personName, personBirthDate, documentNumber, null, null);
		};
	}

	/** For the audit trail: which personal fields are filled, never their values. */
	public Map<String, String> auditMarkers() {
		return PersonalDataFields.markers(this);
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
