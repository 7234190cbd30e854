package eu.jcohub.backup.internal;

import eu.jcohub.backup.internal.BackupFormat.Manifest;
import eu.jcohub.backup.internal.BackupFormat.SequenceValue;
import eu.jcohub.backup.internal.BackupFormat.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a backup ({@link BackupFormat}) of the whole database from one snapshot: a read-only, repeatable-read
 * transaction sees every table as it was at one moment, while the application goes on writing. Rows go straight
 * from PostgreSQL's {@code COPY} into the compressed stream; nothing is held in memory.
 */
public final class BackupWriter {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private BackupWriter() {
	}

	/** Writes the backup to {@code out} (which it finishes, but does not close) and says what it holds. */
	public static Manifest write(DataSource dataSource, OutputStream out, String application)
			throws SQLException, IOException {
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				var manifest = write(connection, out, application);
				connection.commit();
				return manifest;
			}
			finally {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
				connection.setReadOnly(false);
				connection.setAutoCommit(true);
			}
		}
	}

	private static Manifest write(Connection connection, OutputStream out, String application)
			throws SQLException, IOException {
		SessionSettings.apply(connection);
		refuseLargeObjects(connection);
		var tables = Catalog.tables(connection);
		var sequences = Catalog.sequences(connection);
		var migrations = migrations(connection);
		var manifest = new Manifest(BackupFormat.VERSION, application, snapshotMoment(connection), server(connection),
				migrations.isEmpty() ? "" : migrations.get(migrations.size() - 1), migrations, tables,
				sequences);
		var zip = new ZipOutputStream(out);
		// Rows as text compress well already at the fastest level; a backup is taken while people work.
		zip.setLevel(Deflater.BEST_SPEED);
		entry(zip, BackupFormat.MANIFEST, JSON.writeValueAsBytes(manifest));
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		var sums = new LinkedHashMap<String, TableSum>();
		for (var table : tables) {
			zip.putNextEntry(new ZipEntry(BackupFormat.dataEntry(table.name())));
			var tally = new Tally();
			copy.copyOut(table.copyOut(), tally.counting(zip));
			zip.closeEntry();
			sums.put(table.name(), tally.sum());
		}
		entry(zip, BackupFormat.SEQUENCES, JSON.writeValueAsBytes(sequenceValues(connection, sequences)));
		entry(zip, BackupFormat.SUMMARY, JSON.writeValueAsBytes(new Summary(sums)));
		zip.finish();
		out.flush();
		return manifest;
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	/** JCO Hub stores no large objects; should one appear, a backup without it must not pass for complete. */
	private static void refuseLargeObjects(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*) from pg_largeobject_metadata")) {
			rows.next();
			if (rows.getLong(1) > 0) {
				throw new IllegalStateException("The database holds " + rows.getLong(1) + " large objects, which a "
						+ "JCO Hub backup does not include");
			}
		}
	}

	/** The versions of the applied migrations, lowest first. */
	static List<String> migrations(Connection connection) throws SQLException {
		var versions = new ArrayList<MigrationVersion>();
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("""
						select version from flyway_schema_history where success and version is not null""")) {
			while (rows.next()) {
				versions.add(MigrationVersion.fromVersion(rows.getString(1)));
			}
		}
		return versions.stream().sorted().map(MigrationVersion::getVersion).toList();
	}

	private static String snapshotMoment(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select to_char(now(), 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String server(Connection connection) throws SQLException {
		try (var statement = connection.createStatement(); var rows = statement.executeQuery("select version()")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static List<SequenceValue> sequenceValues(Connection connection, List<String> sequences)
			throws SQLException {
		var values = new ArrayList<SequenceValue>();
		for (var sequence : sequences) {
			try (var statement = connection.createStatement();
					var rows = statement.executeQuery("select last_value, is_called from " + Table.quoted(sequence))) {
				rows.next();
				values.add(new SequenceValue(sequence, rows.getLong(1), rows.getBoolean(2)));
			}
		}
		return values;
	}
}
