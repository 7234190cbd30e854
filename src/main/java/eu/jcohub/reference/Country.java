package eu.jcohub.reference;

/** A country by its ISO 3166-1 alpha-2 code; EU members, candidates and other partners. */
public record Country(String code, String name, Kind kind) {

	public enum Kind { EU_MEMBER, CANDIDATE, PARTNER }
}
