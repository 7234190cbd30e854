package eu.jcohub.seizures;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks a reported seizure as a whole and names every field that is wrong. */
@Component
class SeizureChecks {

	private static final int MAX_TEXT = 2000;
	/** Days in field errors are written as on the pages (the errors are English sentences). */
	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
	private static final int MAX_NAME = 200;
	private static final int MAX_NUMBER = 100;
	/** The largest amounts the report's columns hold: numeric(18, 3) and numeric(18, 2). */
	private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999999.999");
	private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999999999.99");
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
			errors.reject("seizedOn", "the operation ran from " + DAY.format(operation.firstDay()) + " to "
					+ DAY.format(operation.lastDay()));
		}
		errors.text("locationCode", draft.locationCode(), 40).text("place", draft.place(), MAX_NAME)
			.text("unit", draft.unit(), 30).text("description", draft.description(), MAX_TEXT);
		if (!blank(draft.locationCode()) && reference.location(draft.locationCode().strip()).isEmpty()) {
			errors.reject("locationCode", "unknown control point " + draft.locationCode().strip());
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
		amount("quantity", draft.quantity(), MAX_QUANTITY, errors);
		if (draft.quantity() != null && blank(draft.unit())) {
			errors.reject("unit", "give the unit of the quantity (kg, pieces, litres …)");
		}
		amount("estimatedValueEur", draft.estimatedValueEur(), MAX_VALUE, errors);
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
			errors.reject("handlingCode", "a seizure report is never public: choose the participants, the reporting administration only, or named organisations");
		}
		else if (draft.handlingCode() == HandlingCode.NAMED && draft.namedOrganisations().isEmpty()) {
			errors.reject("namedOrganisations", "name at least one organisation");
		}
		draft.namedOrganisations().stream()
			.filter(code -> reference.organisation(code).isEmpty())
			.findFirst()
			.ifPresent(code -> errors.reject("namedOrganisations", "unknown organisation " + code));
	}

	static void subject(Subject subject, LocalDate today, InvalidInput.Collector errors) {
		if (subject.personBirthDate() != null
				&& (subject.personBirthDate().isAfter(today) || subject.personBirthDate().getYear() < 1900)) {
			errors.reject("personBirthDate", "give a date of birth between 1900 and today");
		}
		errors.text("personName", subject.personName(), MAX_NAME)
			.text("documentNumber", subject.documentNumber(), MAX_NUMBER)
			.text("companyName", subject.companyName(), MAX_NAME)
			.text("companyRegistrationNumber", subject.companyRegistrationNumber(), MAX_NUMBER);
	}

	/** An amount the report can hold: not negative, and within its column (1e400 is a number too). */
	private static void amount(String field, @Nullable BigDecimal amount, BigDecimal max, InvalidInput.Collector errors) {
		if (amount != null && (amount.signum() < 0 || amount.compareTo(max) > 0)) {
			errors.reject(field, "must be between 0 and " + String.format(Locale.ROOT, "%,.0f", max.setScale(0,
					java.math.RoundingMode.DOWN)));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
