package eu.jcohub.seizures.web;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.seizures.SeizureDraft;
import eu.jcohub.seizures.Subject;
import eu.jcohub.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A seizure report as the API and the form send it. */
public record SeizureRequest(@Nullable LocalDate seizedOn, @Nullable String locationCode, @Nullable String place,
		@Nullable String goodsCategory, @Nullable String description, @Nullable BigDecimal quantity,
		@Nullable String unit, @Nullable BigDecimal estimatedValueEur, @Nullable String handlingCode,
		@Nullable Set<String> namedOrganisations, @Nullable String personName, @Nullable LocalDate personBirthDate,
		@Nullable String documentNumber, @Nullable String companyName, @Nullable String companyRegistrationNumber,
		@Nullable Long version) {

	SeizureDraft toDraft() {
		return new SeizureDraft(seizedOn, locationCode, place, goodsCategory, description, quantity, unit,
				estimatedValueEur, code(handlingCode), namedOrganisations == null ? Set.of() : namedOrganisations,
				new Subject(personName, personBirthDate, documentNumber, companyName, companyRegistrationNumber));
	}

	private static @Nullable HandlingCode code(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return Arrays.stream(HandlingCode.values())
			.filter(value -> value.name().equals(code.strip()))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("handlingCode", "unknown handling code " + code.strip()
					+ ": PARTICIPANTS, OWNER_ONLY or NAMED"));
	}
}
