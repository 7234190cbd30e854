package eu.jcohub.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parents that JCO Hub's reference data gives its codes (a risk area's parent area, a mode's parent mode, a
 * location's country), read from the migration that loads them, so that a benchmark relates the demo's codes as
 * the application does without starting it.
 */
final class ReferenceCodes {

	private static final String MIGRATION = "/db/migration/reference/V2_2__reference_data.sql";
	/** A row's first three values: its code, its name, and (for these tables) the parent or the country. */
	private static final Pattern ROW = Pattern.compile("^\\('([^']+)', '(?:[^']|'')*', (?:null|'([^']+)')");

	private ReferenceCodes() {
	}

	/** Code → parent code, for the risk areas, transport modes and locations that have one. */
	static Map<String, String> parents() {
		var parents = new LinkedHashMap<String, String>();
		String table = null;
		for (var line : migration().split("\n")) {
			if (line.startsWith("insert into ")) {
				table = line.substring("insert into ".length()).split(" ")[0];
				continue;
			}
			var row = ROW.matcher(line);
			if (row.find() && row.group(2) != null
					&& ("risk_areas".equals(table) || "transport_modes".equals(table) || "locations".equals(table))) {
				parents.put(row.group(1), row.group(2));
			}
		}
		if (parents.size() < 100) {
			throw new IllegalStateException("Read only " + parents.size() + " parents from " + MIGRATION);
		}
		return parents;
	}

	private static String migration() {
		try (var in = ReferenceCodes.class.getResourceAsStream(MIGRATION)) {
			if (in == null) {
				throw new IllegalStateException(MIGRATION + " is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
