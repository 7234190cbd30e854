package eu.jcohub.support;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** JSON bodies for operations, with sensible defaults for what a test does not care about. */
public final class Plans {

	private Plans() {
	}

	public static String json(String name, String organiser, String leadCountry, List<String> participants,
			List<String> riskAreas, List<String> modes, LocalDate start, LocalDate end) {
		return """
				{"name":"%s","type":"JCO_REGIONAL","organiser":"%s","leadCountry":"%s","participants":%s,
				 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":%s,"transportModes":%s,
				 "phases":[{"start":"%s","end":"%s"}],"objectives":"Test objectives","contactPoint":"ocu@example.eu"}"""
			.formatted(name, organiser, leadCountry, array(participants), array(riskAreas), array(modes), start, end);
	}

	/** The plan as a revision of the given version of the operation, as an edit sends it. */
	public static String revision(String json, long version) {
		return json.replaceFirst("\\{", "{\"version\":" + version + ",");
	}

	public static String array(List<String> values) {
		return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
	}
}
