package eu.jcohub.reference;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisation that plans, runs or takes part in operations: a customs administration ({@code FI-CUSTOMS}),
 * a police or judicial authority, a Council body, an EU agency or an international body.
 */
public record Organisation(String code, String name, Kind kind, @Nullable String country) {

	public enum Kind { CUSTOMS, POLICE, JUDICIAL, COUNCIL, EU_BODY, INTERNATIONAL_BODY, HOSTING }

	public Optional<String> countryCode() {
		return Optional.ofNullable(country);
	}
}
