package eu.jcohub.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.JcoHubApplication;
import eu.jcohub.audit.AuditChain;
import eu.jcohub.backup.internal.RestoreFailed;
import eu.jcohub.backup.internal.Restorer;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup downloaded from the running application is restored into an empty database, which then holds exactly
 * the same records (compared here table by table, independently of the backup's own checks) and an intact audit
 * chain; one taken while operations are being written restores to a consistent instance; a damaged backup, or a
 * database that is not empty, is refused before anything is written.
 */
@IntegrationTest
class BackupRestoreTests {

	private static EmbeddedPostgres databases;
	private static final AtomicInteger created = new AtomicInteger();

	@TempDir
	Path files;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DataSource source;

	@BeforeAll
	static void startAServerForTheRestores() throws IOException {
		databases = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
	}

	@AfterAll
	static void stopIt() throws IOException {
		databases.close();
	}

	@Test
	void aBackupRestoresIntoAnEmptyDatabaseWithExactlyTheSameRecordsAndAnIntactAuditChain() throws Exception {
		var leader = accounts.leaderDk();
		for (var name : List.of("BACKUP ONE", "BACKUP TWO")) {
			assertThat(Api.as(port, leader).post("/api/operations", plan(name)).status()).isEqualTo(201);
		}
		awaitQuiet();

		var response = Api.bearer(port, accounts.apiToken(admin())).get("/api/admin/backup");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/zip");
		var backedUp = DatabaseContents.of(source);
		assertThat(entries(response.bytes())).startsWith("manifest.json").endsWith("sequences.json", "summary.json")
			.contains("data/operations.tsv", "data/audit_log.tsv", "data/users.tsv", "data/event_publication.tsv");
		assertThat(auditTrailOfSource()).as("the download is in the audit trail").contains("backup BACKUP_TAKEN");

		var target = emptyDatabase();
		try (var restored = restore(write(response.bytes()), target)) {
			assertThat(restored.getBean(RestoreOutcome.class).restored()).isPresent();
			assertThat(restored.getBean(AuditChain.class).verify().intact()).isTrue();
		}

		var inRestored = DatabaseContents.of(dataSource(target));
		assertThat(inRestored.tables()).isEqualTo(backedUp.tables());
		assertThat(inRestored.sequences()).isEqualTo(backedUp.sequences());
		assertThat(inRestored.rows("operations")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aBackupTakenWhileOperationsAreWrittenRestoresToAConsistentInstanceWithEveryAcknowledgedOne() throws Exception {
		var leader = accounts.leaderDk();
		var acknowledged = ConcurrentHashMap.<String>newKeySet();
		var writing = new AtomicBoolean(true);
		var writer = new Thread(() -> {
			while (writing.get()) {
				var name = "UNDER LOAD " + created.incrementAndGet();
				if (Api.as(port, leader).post("/api/operations", plan(name)).status() == 201) {
					acknowledged.add(name);
				}
			}
		});
		writer.start();
		awaitAtLeast(acknowledged, 3);
		Set<String> beforeTheBackup = Set.copyOf(acknowledged);

		var response = Api.bearer(port, accounts.apiToken(admin())).get("/api/admin/backup");
		awaitAtLeast(acknowledged, beforeTheBackup.size() + 3);
		writing.set(false);
		writer.join();
		assertThat(response.status()).isEqualTo(200);

		var target = emptyDatabase();
		try (var restored = restore(write(response.bytes()), target)) {
			assertThat(restored.getBean(AuditChain.class).verify().intact()).isTrue();
		}
		var jdbc = JdbcClient.create(dataSource(target));
		var names = jdbc.sql("select name from operations where name like 'UNDER LOAD %'").query(String.class).list();
		assertThat(names).containsAll(beforeTheBackup);
		// One snapshot: an operation and the audit entry written in its transaction are both in it, or neither is.
		// Only this test's operations: other tests share the database and some insert operations with SQL alone.
		var withoutTheirEntry = jdbc.sql("""
				select count(*) from operations o where o.name like 'UNDER LOAD %' and not exists (
				  select 1 from audit_log a where a.entity_id = o.id::text and a.action = 'CREATED')""")
			.query(Long.class).single();
		assertThat(withoutTheirEntry).isZero();
	}

	@Test
	void aDamagedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
		var backup = Api.bearer(port, accounts.apiToken(admin())).get("/api/admin/backup").bytes();
		var truncated = write(java.util.Arrays.copyOf(backup, backup.length * 2 / 3));
		var target = dataSource(emptyDatabase());

		assertThatThrownBy(() -> Restorer.restore(truncated, target, flyway(target))).isInstanceOf(RestoreFailed.class)
			.hasMessageContaining("incomplete").hasMessageContaining("Nothing was written");

		assertThat(DatabaseContents.of(target).tables()).isEmpty();
	}

	@Test
	void aBackupIsNeverRestoredOverData() throws Exception {
		var backup = write(Api.bearer(port, accounts.apiToken(admin())).get("/api/admin/backup").bytes());

		assertThatThrownBy(() -> Restorer.restore(backup, source, flyway(source))).isInstanceOf(RestoreFailed.class)
			.hasMessageContaining("already holds").hasMessageContaining("Nothing was written");
	}

	@Test
	void onlyAdministratorsTakeBackups() {
		assertThat(Api.as(port, accounts.coordinatorFi()).get("/api/admin/backup").status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get("/api/admin/backup").status()).isEqualTo(401);
	}

	private String admin() {
		return accounts.admin("t.backup.admin");
	}

	private static String plan(String name) {
		return Plans.json(name, "DK-CUSTOMS", "DK", List.of("DK", "SE"), List.of("CIGARETTES"), List.of("ROAD"),
				LocalDate.of(2033, 5, 1), LocalDate.of(2033, 5, 9));
	}

	/** Until the listeners have handled every event: then nothing changes the database by itself. */
	private void awaitQuiet() throws InterruptedException {
		var jdbc = JdbcClient.create(source);
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (jdbc.sql("select count(*) from event_publication").query(Long.class).single() > 0) {
			assertThat(System.nanoTime()).as("events still being handled").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private List<String> auditTrailOfSource() {
		return JdbcClient.create(source).sql("select entity_type || ' ' || action from audit_log").query(String.class)
			.list();
	}

	private static void awaitAtLeast(Set<String> acknowledged, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (acknowledged.size() < count) {
			assertThat(System.nanoTime()).as("operations acknowledged in time").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private Path write(byte[] backup) throws IOException {
		var file = files.resolve("backup-" + System.nanoTime() + ".zip");
		Files.write(file, backup);
		return file;
	}

	private static List<String> entries(byte[] backup) throws IOException {
		var names = new ArrayList<String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(backup))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	/** A new, empty database on the test's own server. */
	private static String emptyDatabase() throws SQLException {
		var name = "restored_" + created.incrementAndGet();
		try (var connection = databases.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		return name;
	}

	private static DataSource dataSource(String database) {
		return databases.getDatabase("postgres", database);
	}

	private static Flyway flyway(DataSource target) {
		return Flyway.configure().dataSource(target).locations("classpath:db/migration").outOfOrder(true).load();
	}

	/** {@code --restore=<file>} as an operator runs it, against the given database as an external one. */
	private static ConfigurableApplicationContext restore(Path backup, String database) {
		return new SpringApplicationBuilder(JcoHubApplication.class).profiles("test")
			.run("--restore=" + backup, "--server.port=0",
					"--jcohub.db.url=jdbc:postgresql://localhost:" + databases.getPort() + "/" + database,
					"--jcohub.db.user=postgres", "--jcohub.db.password=",
					"--spring.modulith.events.republish-outstanding-events-on-restart=false");
	}
}
