package eu.jcohub.seizures;

import eu.jcohub.access.HandlingCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A seizure as reported, before it is checked.
 *
 * @param locationCode the control point (UN/LOCODE or border crossing code), if it is one of the reference list
 * @param place where, in words, when it is not a listed control point
 * @param goodsCategory the risk area the goods fall under (reference list)
 */
public record SeizureDraft(@Nullable LocalDate seizedOn, @Nullable String locationCode, @Nullable String place,
		@Nullable String goodsCategory, @Nullable String description, @Nullable BigDecimal quantity,
		@Nullable String unit, @Nullable BigDecimal estimatedValueEur, @Nullable HandlingCode handlingCode,
		Set<String> namedOrganisations, Subject subject) {

	public SeizureDraft {
		namedOrganisations = namedOrganisations == null ? Set.of() : Set.copyOf(namedOrganisations);
		subject = subject == null ? Subject.NONE : subject;
	}
}
