package eu.jcohub.backup.internal;

import java.util.List;
import java.util.Map;

/**
 * A backup is one ZIP file, written and read front to back, so that it can be streamed:
 * <ol>
 * <li>{@code manifest.json}: the format, who wrote it when, the schema's Flyway version and migrations, and the
 * tables (in load order, with their columns) and sequences it holds;</li>
 * <li>{@code data/<table>.tsv} for each table: its rows in PostgreSQL's {@code COPY} text format, in a fixed order;</li>
 * <li>{@code sequences.json}: each sequence's position;</li>
 * <li>{@code summary.json}, last: each table's row count and SHA-256. A backup without it is incomplete (a download
 * that broke off) and is refused.</li>
 * </ol>
 * All of it is read in one repeatable-read transaction: one snapshot of every table.
 */
public final class BackupFormat {

	public static final int VERSION = 1;
	static final String MANIFEST = "manifest.json";
	static final String DATA = "data/";
	static final String SEQUENCES = "sequences.json";
	static final String SUMMARY = "summary.json";

	private BackupFormat() {
	}

	/**
	 * @param application the application and its version that wrote it
	 * @param takenAt the moment of the snapshot (ISO-8601)
	 * @param server the database server's version
	 * @param schemaVersion the highest Flyway migration applied
	 * @param migrations every Flyway migration applied, by version
	 */
	public record Manifest(int format, String application, String takenAt, String server, String schemaVersion,
			List<String> migrations, List<Table> tables, List<String> sequences) {
	}

	/** A sequence's position, for {@code setval}. */
	record SequenceValue(String name, long lastValue, boolean isCalled) {
	}

	record Summary(Map<String, TableSum> tables) {
	}

	static String dataEntry(String table) {
		return DATA + table + ".tsv";
	}
}
