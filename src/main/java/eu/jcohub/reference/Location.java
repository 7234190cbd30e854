package eu.jcohub.reference;

import org.jspecify.annotations.Nullable;

/** A control location: a sea port (UN/LOCODE), an airport (IATA) or a border crossing point. */
public record Location(String code, String name, String country, Kind kind, @Nullable String note) {

	public enum Kind { SEAPORT, AIRPORT, BORDER_CROSSING }
}
