package eu.jcohub.reference;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisation that plans, runs or takes part in operations: a customs administration ({@code FI-CUSTOMS}),
 * a police or judicial authority, a Council body, an EU agency or an international body.
 *
 * @param abbreviation a letter code short enough to stand beside a colour in the calendar ({@code DK},
 *        {@code FX} for FRONTEX, {@code WCO}); the code itself where none is set
 */
public record Organisation(String code, String name, Kind kind, @Nullable String country, String abbreviation) {

	public enum Kind { CUSTOMS, POLICE, JUDICIAL, COUNCIL, EU_BODY, INTERNATIONAL_BODY, HOSTING }

	public Optional<String> countryCode() {
		return Optional.ofNullable(country);
	}
}
