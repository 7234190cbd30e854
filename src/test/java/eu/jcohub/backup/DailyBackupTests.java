package eu.jcohub.backup;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily backup is written whole into the backup directory (the tests' keeps 2), the oldest beyond that are
 * deleted, and each is in the audit trail; administrators see them on the backups page, and nobody else sees it.
 */
@IntegrationTest
class DailyBackupTests {

	private static final Path DIRECTORY = Path.of("target/test-backups");

	@LocalServerPort
	int port;

	@Autowired
	BackupJob job;

	@Autowired
	Backups backups;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTheDirectory() throws IOException {
		if (Files.exists(DIRECTORY)) {
			try (Stream<Path> files = Files.walk(DIRECTORY)) {
				for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@Test
	void theNewestBackupsAreKeptWholeAndTheOlderOnesDeleted() throws Exception {
		for (int day = 0; day < 3; day++) {
			job.daily();
			// Backups are named to the second.
			Thread.sleep(1100);
		}

		var names = files();
		assertThat(names).hasSize(2).allMatch(name -> name.matches("jcohub-backup-\\d{8}T\\d{6}Z\\.zip"));
		assertThat(backups.stored()).extracting(StoredBackup::name).containsExactly(names.get(1), names.get(0));
		for (var name : names) {
			try (var zip = new ZipFile(DIRECTORY.resolve(name).toFile())) {
				assertThat(zip.getEntry("summary.json")).as("%s is complete", name).isNotNull();
			}
		}
		var entries = jdbc.sql("select actor, after::text from audit_log where entity_type = 'backup' and entity_id = ?")
			.param(names.get(1)).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
		assertThat(entries).containsExactly("system {\"trigger\": \"schedule\"}");
	}

	@Test
	void administratorsSeeTheBackupsPageAndOthersDoNot() throws Exception {
		job.daily();
		var admin = accounts.admin("t.backup.page.admin");
		var session = new FormSession(port);
		session.signIn(admin, TestAccounts.PASSWORD, accounts.totpCode(admin));

		var page = session.get("/admin/backup");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"download-backup\"", "href=\"/api/admin/backup\"", "id=\"stored-backups\"",
				files().get(0), "--restore=", "Daily backups are switched off", "href=\"/admin/backup\"");
		var coordinator = FormSession.signedIn(port, accounts.coordinatorFi());
		assertThat(coordinator.get("/admin/backup").statusCode()).isEqualTo(403);
		assertThat(coordinator.get("/calendar").body()).doesNotContain("href=\"/admin/backup\"");
	}

	private static List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}
