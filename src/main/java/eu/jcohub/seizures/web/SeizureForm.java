package eu.jcohub.seizures.web;

import eu.jcohub.seizures.SeizureView;
import eu.jcohub.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The seizure form as typed: text, so that a malformed date or number is shown next to its field. */
public class SeizureForm {

	private String seizedOn = "";
	private String locationCode = "";
	private String place = "";
	private String goodsCategory = "";
	private String description = "";
	private String quantity = "";
	private String unit = "";
	private String estimatedValueEur = "";
	private String handlingCode = "PARTICIPANTS";
	private List<String> namedOrganisations = new ArrayList<>();
	private String personName = "";
	private String personBirthDate = "";
	private String documentNumber = "";
	private String companyName = "";
	private String companyRegistrationNumber = "";
	private @Nullable Long version;

	static SeizureForm of(SeizureView view) {
		var form = new SeizureForm();
		form.seizedOn = view.seizedOn().toString();
		form.locationCode = text(view.locationCode());
		form.place = text(view.place());
		form.goodsCategory = view.goodsCategory();
		form.description = view.description();
		form.quantity = view.quantity() == null ? "" : view.quantity().stripTrailingZeros().toPlainString();
		form.unit = text(view.unit());
		form.estimatedValueEur = view.estimatedValueEur() == null ? "" : view.estimatedValueEur().toPlainString();
		form.handlingCode = view.handlingCode().name();
		form.namedOrganisations = new ArrayList<>(view.namedOrganisations());
		var subject = view.subject();
		form.personName = text(subject.personName());
		form.personBirthDate = subject.personBirthDate() == null ? "" : subject.personBirthDate().toString();
		form.documentNumber = text(subject.documentNumber());
		form.companyName = text(subject.companyName());
		form.companyRegistrationNumber = text(subject.companyRegistrationNumber());
		form.version = view.version();
		return form;
	}

	/** The request, with fields that could not be read left empty and named in {@code errors}. */
	SeizureRequest toRequest(InvalidInput.Collector errors) {
		return new SeizureRequest(date("seizedOn", seizedOn, errors), locationCode, place, goodsCategory,
				description, number("quantity", quantity, errors), unit, number("estimatedValueEur", estimatedValueEur, errors),
				handlingCode, Set.copyOf(namedOrganisations), personName, date("personBirthDate", personBirthDate, errors),
				documentNumber, companyName, companyRegistrationNumber, version);
	}

	private static @Nullable LocalDate date(String field, String text, InvalidInput.Collector errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			errors.reject(field, "form.error.date");
			return null;
		}
	}

	private static @Nullable BigDecimal number(String field, String text, InvalidInput.Collector errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.reject(field, "form.error.number");
			return null;
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	// Getters and setters for form binding.
	public String getSeizedOn() { return seizedOn; }
	public void setSeizedOn(String v) { seizedOn = v; }
	public String getLocationCode() { return locationCode; }
	public void setLocationCode(String v) { locationCode = v; }
	public String getPlace() { return place; }
	public void setPlace(String v) { place = v; }
	public String getGoodsCategory() { return goodsCategory; }
	public void setGoodsCategory(String v) { goodsCategory = v; }
	public String getDescription() { return description; }
	public void setDescription(String v) { description = v; }
	public String getQuantity() { return quantity; }
	public void setQuantity(String v) { quantity = v; }
	public String getUnit() { return unit; }
	public void setUnit(String v) { unit = v; }
	public String getEstimatedValueEur() { return estimatedValueEur; }
	public void setEstimatedValueEur(String v) { estimatedValueEur = v; }
	public String getHandlingCode() { return handlingCode; }
	public void setHandlingCode(String v) { handlingCode = v; }
	public List<String> getNamedOrganisations() { return namedOrganisations; }
	public void setNamedOrganisations(List<String> v) { namedOrganisations = v == null ? new ArrayList<>() : v; }
	public String getPersonName() { return personName; }
	public void setPersonName(String v) { personName = v; }
	public String getPersonBirthDate() { return personBirthDate; }
	public void setPersonBirthDate(String v) { personBirthDate = v; }
	public String getDocumentNumber() { return documentNumber; }
	public void setDocumentNumber(String v) { documentNumber = v; }
	public String getCompanyName() { return companyName; }
	public void setCompanyName(String v) { companyName = v; }
	public String getCompanyRegistrationNumber() { return companyRegistrationNumber; }
	public void setCompanyRegistrationNumber(String v) { companyRegistrationNumber = v; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long v) { version = v; }
}
