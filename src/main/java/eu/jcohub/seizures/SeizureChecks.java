package eu.jcohub.seizures;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Checks a reported seizure as a whole and names every field that is wrong. */
@Component
class SeizureChecks {

	private static final int MAX_TEXT = 2000;
	private final ReferenceData reference;

	SeizureChecks(ReferenceData reference) {
		this.reference = reference;
	}

	SeizureReport.Facts facts(SeizureDraft draft, OperationCircle operation, LocalDate today) {
		var errors = new InvalidInput.Collector();
		if (draft.seizedOn() == null) {
			errors.reject("seizedOn", "give the day of the seizure");
		}
		else if (draft.seizedOn().isAfter(today)) {
			errors.reject("seizedOn", "the day of the seizure cannot be in the future");
		}
		else if (!operation.runsOn(draft.seizedOn())) {
			errors.reject("seizedOn", "the operation ran from " + operation.firstDay() + " to " + operation.lastDay());
		}
		if (draft.locationCode() != null && !draft.locationCode().isBlank()
				&& reference.location(draft.locationCode().strip()).isEmpty()) {
			errors.reject("locationCode", "unknown control point " + draft.locationCode().strip());
		}
		if (draft.place() != null && draft.place().length() > 200) {
			errors.reject("place", "at most 200 characters");
		}
		if (draft.unit() != null && draft.unit().length() > 30) {
			errors.reject("unit", "at most 30 characters");
		}
		if (blank(draft.locationCode()) && blank(draft.place())) {
			errors.reject("place", "give the control point or say where, in words");
		}
		if (blank(draft.goodsCategory())) {
			errors.reject("goodsCategory", "give the kind of goods");
		}
		else if (reference.riskArea(draft.goodsCategory().strip()).isEmpty()) {
			errors.reject("goodsCategory", "unknown kind of goods " + draft.goodsCategory().strip());
		}
		if (blank(draft.description())) {
			errors.reject("description", "describe what was seized");
		}
		else if (draft.description().length() > MAX_TEXT) {
			errors.reject("description", "at most " + MAX_TEXT + " characters");
		}
		if (negative(draft.quantity())) {
			errors.reject("quantity", "cannot be negative");
		}
		if (draft.quantity() != null && blank(draft.unit())) {
			errors.reject("unit", "give the unit of the quantity (kg, pieces, litres …)");
		}
		if (negative(draft.estimatedValueEur())) {
			errors.reject("estimatedValueEur", "cannot be negative");
		}
		classification(draft, errors);
		subject(draft.subject(), today, errors);
		errors.throwIfAny();
		return new SeizureReport.Facts(draft.seizedOn(), blank(draft.locationCode()) ? null : draft.locationCode().strip(),
				blank(draft.place()) ? null : draft.place().strip(), draft.goodsCategory().strip(),
				draft.description().strip(), draft.quantity(), blank(draft.unit()) ? null : draft.unit().strip(),
				draft.estimatedValueEur());
	}

	private void classification(SeizureDraft draft, InvalidInput.Collector errors) {
		if (draft.handlingCode() == null) {
			errors.reject("handlingCode", "choose who may read the report");
		}
		else if (draft.handlingCode() == HandlingCode.PUBLIC_CALENDAR) {
			errors.reject("handlingCode", "a seizure report is never public: PARTICIPANTS, OWNER_ONLY or NAMED");
		}
		else if (draft.handlingCode() == HandlingCode.NAMED && draft.namedOrganisations().isEmpty()) {
			errors.reject("namedOrganisations", "name at least one organisation");
		}
		draft.namedOrganisations().stream()
			.filter(code -> reference.organisation(code).isEmpty())
			.findFirst()
			.ifPresent(code -> errors.reject("namedOrganisations", "unknown organisation " + code));
	}

	private static void subject(Subject subject, LocalDate today, InvalidInput.Collector errors) {
		if (subject.personBirthDate() != null
				&& (subject.personBirthDate().isAfter(today) || subject.personBirthDate().getYear() < 1900)) {
			errors.reject("personBirthDate", "give a date of birth between 1900 and today");
		}
		if (subject.personName() != null && subject.personName().length() > 200) {
			errors.reject("personName", "at most 200 characters");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean negative(BigDecimal number) {
		return number != null && number.signum() < 0;
	}
}
