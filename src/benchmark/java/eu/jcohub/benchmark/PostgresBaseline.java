package eu.jcohub.benchmark;

import eu.jcohub.benchmark.SyntheticOperations.Op;
import eu.jcohub.deconfliction.internal.ConflictScorer;
import eu.jcohub.deconfliction.internal.IndexedOperation;
import eu.jcohub.deconfliction.internal.ScoredConflict;
import eu.jcohub.deconfliction.internal.Vocabulary;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL baseline: a throw-away embedded server (fsync off) with a table shaped like {@code operations}
 * (phases as {@code datemultirange} with GiST, the lists as {@code text[]}), loaded with COPY. A check asks for the
 * operations whose phases meet the new one's (with the margin) and that share at least one participant, risk
 * area, mode or location ({@code &&}), then scores and explains them in Java with the same {@link ConflictScorer}.
 */
final class PostgresBaseline implements AutoCloseable {

	static final String QUERY = """
			select id, name, organiser, version, phases::text, participants, partner_organisations, risk_areas,
			       transport_modes, locations
			from bench_operations
			where phases && ?::datemultirange
			  and (participants && ?::text[] or partner_organisations && ?::text[] or risk_areas && ?::text[]
			       or transport_modes && ?::text[] or locations && ?::text[])""";

	private final Path directory;
	private final EmbeddedPostgres server;
	private final Connection connection;
	private PreparedStatement query;

	PostgresBaseline() throws IOException, SQLException {
		directory = Files.createTempDirectory("jcohub-bench-db");
		server = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			.setServerConfig("shared_buffers", "1GB")
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "1GB")
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("autovacuum", "off")
			.setServerConfig("jit", "off")
			.start();
		connection = server.getPostgresDatabase().getConnection();
		connection.setAutoCommit(true);
	}

	String version() throws SQLException {
		try (var statement = connection.createStatement(); var rs = statement.executeQuery("show server_version")) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** Drops and reloads the table with COPY; returns the milliseconds taken (load, GiST index, analyze). */
	long load(List<Op> ops) throws SQLException, IOException {
		long started = System.nanoTime();
		execute("drop table if exists bench_operations");
		execute("""
				create table bench_operations (
				    id uuid primary key,
				    name text not null,
				    organiser varchar(40) not null,
				    version bigint not null,
				    participants text[] not null default '{}',
				    partner_organisations text[] not null default '{}',
				    risk_areas text[] not null default '{}',
				    transport_modes text[] not null default '{}',
				    locations text[] not null default '{}',
				    phases datemultirange not null)""");
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		int chunk = 50_000;
		for (int from = 0; from < ops.size(); from += chunk) {
			var text = new StringBuilder(chunk * 200);
			for (var op : ops.subList(from, Math.min(ops.size(), from + chunk))) {
				text.append(op.id()).append('\t').append(op.name()).append('\t').append(op.organiser()).append('\t')
					.append(op.version()).append('\t');
				array(text, op.countries()).append('\t');
				array(text, op.partners()).append('\t');
				array(text, op.riskAreas()).append('\t');
				array(text, op.modes()).append('\t');
				array(text, op.locations()).append('\t');
				text.append(multirange(op.starts(), op.ends(), 0)).append('\n');
			}
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			var in = copy.copyIn("copy bench_operations (id, name, organiser, version, participants, "
					+ "partner_organisations, risk_areas, transport_modes, locations, phases) from stdin");
			in.writeToCopy(bytes, 0, bytes.length);
			in.endCopy();
		}
		execute("create index bench_operations_phases on bench_operations using gist (phases)");
		execute("vacuum analyze bench_operations");
		prepare();
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** Adds GIN indexes on the five arrays; returns the milliseconds taken. */
	long addGinIndexes() throws SQLException {
		long started = System.nanoTime();
		for (var column : List.of("participants", "partner_organisations", "risk_areas", "transport_modes",
				"locations")) {
			execute("create index bench_operations_" + column + " on bench_operations using gin (" + column + ")");
		}
		execute("analyze bench_operations");
		prepare();
		return (System.nanoTime() - started) / 1_000_000;
	}

	private void prepare() throws SQLException {
		if (query != null) {
			query.close();
		}
		query = connection.prepareStatement(QUERY);
	}

	private PreparedStatement bind(PreparedStatement statement, Op probe, SyntheticOperations data, int margin)
			throws SQLException {
		statement.setString(1, multirange(probe.starts(), probe.ends(), margin));
		var parties = new ArrayList<>(probe.countries());
		parties.addAll(probe.partners());
		var relatedParties = connection.createArrayOf("text", data.related(parties));
		statement.setArray(2, relatedParties);
		statement.setArray(3, relatedParties);
		statement.setArray(4, connection.createArrayOf("text", data.related(probe.riskAreas())));
		statement.setArray(5, connection.createArrayOf("text", data.related(probe.modes())));
		statement.setArray(6, connection.createArrayOf("text", data.related(probe.locations())));
		return statement;
	}

	/**
	 * The check through PostgreSQL, with the same result as the full scan: candidates from the query, scored,
	 * sorted, and the {@code limit} best explained, as the index answers.
	 */
	List<ScoredConflict> conflictsWith(IndexedOperation draft, Op probe, SyntheticOperations data,
			ConflictScorer scorer, Vocabulary vocabulary, int limit) throws SQLException {
		var scored = new ArrayList<ScoredConflict>();
		// The scorer counts phases up to `margin` days apart (0 = back to back) as a near miss, so the
		// query widens each phase by margin + 1 days to find the same operations as the full scan.
		try (var rs = bind(query, probe, data, scorer.settings().marginDays() + 1).executeQuery()) {
			while (rs.next()) {
				var id = rs.getObject(1, UUID.class);
				if (id.equals(draft.id())) {
					continue;
				}
				var phases = rs.getString(5);
				int count = (phases.length() - 1) / 24; // {[yyyy-mm-dd,yyyy-mm-dd),[…)}
				int[] starts = new int[count];
				int[] ends = new int[count];
				for (int i = 0; i < count; i++) {
					int at = 2 + i * 24;
					starts[i] = epochDay(phases, at);
					ends[i] = epochDay(phases, at + 11) - 1; // upper bound is exclusive
				}
				var parties = new TreeSet<String>();
				addAll(parties, (String[]) rs.getArray(6).getArray());
				addAll(parties, (String[]) rs.getArray(7).getArray());
				var candidate = new IndexedOperation(new eu.jcohub.shared.OperationId(id), rs.getString(2), rs.getString(3), rs.getLong(4), starts, ends,
						vocabulary.internAll(parties), vocabulary.internAll(List.of((String[]) rs.getArray(8).getArray())),
						vocabulary.internAll(List.of((String[]) rs.getArray(9).getArray())),
						vocabulary.internAll(List.of((String[]) rs.getArray(10).getArray())));
				double score = scorer.score(draft, candidate);
				if (score >= 0) {
					scored.add(new ScoredConflict(candidate, score, null));
				}
			}
		}
		return DeconflictionBenchmark.bestExplained(scored, draft, scorer, limit);
	}

	/** EXPLAIN (ANALYZE, BUFFERS) of the query for one probe, for the notes. */
	String explain(Op probe, SyntheticOperations data, int margin) throws SQLException {
		try (var statement = connection.prepareStatement("explain (analyze, buffers, costs off) " + QUERY)) {
			bind(statement, probe, data, margin + 1);
			var text = new StringBuilder();
			try (var rs = statement.executeQuery()) {
				while (rs.next()) {
					text.append(rs.getString(1)).append('\n');
				}
			}
			return text.toString();
		}
	}

	/** Rows whose phases meet the probe's (with the margin + 1), whatever they share: the date window size. */
	long dateWindowCount(Op probe, int margin) throws SQLException {
		try (var statement = connection
			.prepareStatement("select count(*) from bench_operations where phases && ?::datemultirange")) {
			statement.setString(1, multirange(probe.starts(), probe.ends(), margin + 1));
			try (var rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static void addAll(TreeSet<String> set, String[] values) {
		for (var value : values) {
			set.add(value);
		}
	}

	/** Days of a {@code yyyy-mm-dd} at the offset. */
	private static int epochDay(String text, int at) {
		int year = Integer.parseInt(text, at, at + 4, 10);
		int month = Integer.parseInt(text, at + 5, at + 7, 10);
		int day = Integer.parseInt(text, at + 8, at + 10, 10);
		return (int) LocalDate.of(year, month, day).toEpochDay();
	}

	static String multirange(int[] starts, int[] ends, int widen) {
		var text = new StringBuilder("{");
		for (int i = 0; i < starts.length; i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append('[').append(LocalDate.ofEpochDay(starts[i] - widen)).append(',')
				.append(LocalDate.ofEpochDay(ends[i] + widen)).append(']');
		}
		return text.append('}').toString();
	}

	private static StringBuilder array(StringBuilder text, List<String> values) {
		text.append('{');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(values.get(i));
		}
		return text.append('}');
	}

	private void execute(String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	public void close() throws Exception {
		if (query != null) {
			query.close();
		}
		connection.close();
		server.close();
		if (Files.exists(directory)) { // zonky removes it itself when it cleans the data directory
			try (var files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
