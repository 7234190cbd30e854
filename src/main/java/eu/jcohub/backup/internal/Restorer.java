package eu.jcohub.backup.internal;

import eu.jcohub.backup.internal.BackupFormat.Manifest;
import eu.jcohub.backup.internal.BackupFormat.SequenceValue;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Restores a backup into an empty database:
 * <ol>
 * <li>the whole file is checked against its summary first, so a damaged one changes nothing;</li>
 * <li>Flyway builds the schema as it was when the backup was taken (its migrations up to the backup's version);</li>
 * <li>in one transaction, the rows the migrations seeded are replaced by the backup's, every table is loaded with
 * {@code COPY}, the sequences are set, and every table is read back and compared with the backup, byte for byte;
 * only then is it committed;</li>
 * <li>Flyway applies the migrations that came after the backup, as on any upgrade.</li>
 * </ol>
 */
public final class Restorer {


	private Restorer() {
	}

	/** What was restored: the backup's manifest and each table's rows, as read back from the database. */
	public record Restored(Manifest manifest, Map<String, TableSum> tables, long millis) {

		public long rows() {
			return tables.values().stream().mapToLong(TableSum::rows).sum();
		}
	}

	public static Restored restore(Path file, DataSource target, Flyway flyway) throws IOException, SQLException {
		long started = System.nanoTime();
		Manifest manifest;
		try {
			manifest = BackupReader.check(file);
			requireEmpty(target);
			requireKnownMigrations(manifest, flyway);
		}
		catch (RuntimeException e) {
			throw new RestoreFailed(e.getMessage() + " Nothing was written.", e);
		}
		try {
			Flyway.configure(flyway.getConfiguration().getClassLoader())
				.configuration(flyway.getConfiguration())
				.target(MigrationVersion.fromVersion(manifest.schemaVersion()))
				.load()
				.migrate();
			var tables = load(file, target);
			flyway.migrate();
			return new Restored(manifest, tables, (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException | SQLException | IOException e) {
			throw new RestoreFailed(e.getMessage() + " The database now holds JCO Hub's tables but none of the "
					+ "backup's rows: empty it (delete the data directory, or drop and create the database) before "
					+ "restoring again.", e);
		}
	}

	private static Map<String, TableSum> load(Path file, DataSource target) throws IOException, SQLException {
		try (var connection = target.getConnection(); var reader = BackupReader.open(file)) {
			connection.setAutoCommit(false);
			try {
				SessionSettings.apply(connection);
				var manifest = reader.manifest();
				var tables = new LinkedHashMap<String, Table>();
				manifest.tables().forEach(table -> tables.put(table.name(), table));
				requireSameTables(connection, tables);
				emptySeededTables(connection, manifest.tables());
				var copy = connection.unwrap(PGConnection.class).getCopyAPI();
				var loaded = new HashMap<String, TableSum>();
				BackupFormat.Summary summary = null;
				java.util.zip.ZipEntry entry;
				while ((entry = reader.next()) != null) {
					var name = entry.getName();
					if (name.startsWith(BackupFormat.DATA)) {
						var table = tables.get(name.substring(BackupFormat.DATA.length(), name.length() - ".tsv".length()));
						var tally = new Tally();
						copy.copyIn(table.copyIn(), tally.counting(reader.content()));
						loaded.put(table.name(), tally.sum());
					}
					else if (name.equals(BackupFormat.SEQUENCES)) {
						setSequences(connection, reader.sequences());
					}
					else if (name.equals(BackupFormat.SUMMARY)) {
						summary = reader.summary();
					}
				}
				var readBack = readBack(copy, manifest.tables());
				if (summary == null || !readBack.equals(summary.tables()) || !loaded.equals(summary.tables())) {
					throw new IllegalStateException("The restored tables differ from the backup; nothing was kept. "
							+ "Differences: " + differences(summary == null ? Map.of() : summary.tables(), readBack));
				}
				connection.commit();
				return readBack;
			}
			finally {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
				connection.setAutoCommit(true);
			}
		}
	}

	/** A backup goes into an empty database only: never over data, not even by accident. */
	private static void requireEmpty(DataSource target) throws SQLException {
		try (var connection = target.getConnection(); var statement = connection.createStatement();
				var rows = statement.executeQuery("""
						select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind in ('r', 'p')""")) {
			rows.next();
			if (rows.getLong(1) > 0) {
				throw new IllegalStateException("The database to restore into already holds " + rows.getLong(1)
						+ " tables. Restore into an empty data directory (JCOHUB_DATA_DIR) or an empty database.");
			}
		}
	}

	private static void requireKnownMigrations(Manifest manifest, Flyway flyway) {
		var known = new HashSet<String>();
		for (MigrationInfo migration : flyway.info().all()) {
			if (migration.getVersion() != null) {
				known.add(migration.getVersion().getVersion());
			}
		}
		var unknown = manifest.migrations().stream().filter(version -> !known.contains(version)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("The backup was taken by a newer JCO Hub (its schema has migrations "
					+ unknown + " that this one does not know). Restore it with that version or a newer one.");
		}
	}

	private static void requireSameTables(Connection connection, Map<String, Table> tables) throws SQLException {
		var present = Catalog.tables(connection).stream().map(Table::name).toList();
		var missing = tables.keySet().stream().filter(name -> !present.contains(name)).toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The schema built for the backup lacks the tables " + missing);
		}
	}

	/** Migrations seed some tables (reference data): the backup's rows replace them, children first. */
	private static void emptySeededTables(Connection connection, List<Table> tables) throws SQLException {
		try (var statement = connection.createStatement()) {
			for (int i = tables.size() - 1; i >= 0; i--) {
				statement.execute("delete from " + Table.quoted(tables.get(i).name()));
			}
		}
	}

	private static void setSequences(Connection connection, List<SequenceValue> sequences) throws SQLException {
		try (var statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
			for (var sequence : sequences) {
				statement.setString(1, Table.quoted(sequence.name()));
				statement.setLong(2, sequence.lastValue());
				statement.setBoolean(3, sequence.isCalled());
				statement.execute();
			}
		}
	}

	private static Map<String, TableSum> readBack(CopyManager copy, List<Table> tables)
			throws SQLException, IOException {
		var sums = new LinkedHashMap<String, TableSum>();
		for (var table : tables) {
			var tally = new Tally();
			copy.copyOut(table.copyOut(), tally.sink());
			sums.put(table.name(), tally.sum());
		}
		return sums;
	}

	private static List<String> differences(Map<String, TableSum> expected, Map<String, TableSum> actual) {
		return expected.keySet().stream().filter(name -> !expected.get(name).equals(actual.get(name)))
			.map(name -> name + " (backup " + expected.get(name).rows() + " rows, restored "
					+ (actual.get(name) == null ? 0 : actual.get(name).rows()) + ")")
			.toList();
	}

}
