package eu.jcohub.library;

import static eu.jcohub.library.LibraryFixture.COORDINATOR;
import static eu.jcohub.library.LibraryFixture.LEADER;
import static eu.jcohub.library.LibraryFixture.OFFICER;
import static eu.jcohub.library.LibraryFixture.OUTSIDER;
import static eu.jcohub.library.LibraryFixture.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.library.internal.DocumentFiles;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents of the Library: who uploads and downloads them, that a file is taken only when its content is what its
 * name says, that a refused or failed upload leaves neither a row nor a file, that a removed document leaves neither
 * (and a failed removal keeps both), and that uploads, downloads and removals are in the audit trail.
 */
@IntegrationTest
class LibraryDocumentsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	Library library;

	@Autowired
	DocumentFiles files;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	private LibraryFixture fixture;
	private OperationId operation;

	@BeforeEach
	void pastOperation() {
		fixture = new LibraryFixture(accounts, register);
		operation = fixture.pastOperation(LibraryFixture.word("LIBDOC"), "Objectives of the test");
	}

	@Test
	void theLeaderUploadsAReportThatItsCircleDownloadsAsItWasUploaded() {
		var pdf = TestDocuments.pdf("Final report of the operation");
		var uploaded = upload(LEADER, "Final report – Øresund.pdf", pdf);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		var file = uploaded.json().get("file").asString();
		assertThat(uploaded.location()).isEqualTo(file);
		assertThat(uploaded.json().get("format").asString()).isEqualTo("PDF");
		assertThat(uploaded.json().get("searchable").asBoolean()).isTrue();

		for (var reader : new String[] { LEADER, COORDINATOR, OFFICER, SECRETARIAT }) {
			var download = Api.as(port, reader).get(file);
			assertThat(download.status()).as(reader).isEqualTo(200);
			assertThat(download.bytes()).as(reader).isEqualTo(pdf);
			assertThat(download.contentType()).isEqualTo("application/pdf");
		}
		assertThat(Api.as(port, OUTSIDER).get(file).status()).isEqualTo(403);
		var entry = Api.as(port, COORDINATOR).get("/api/library/" + operation).json();
		assertThat(entry.get("documents").get(0).get("fileName").asString()).isEqualTo("Final report – Øresund.pdf");
		assertThat(Api.as(port, OUTSIDER).get("/api/library/" + operation).json().get("documents")).isEmpty();
	}

	@Test
	void aDownloadIsNamedAsUploadedAndNeverShownInline() {
		var file = upload(LEADER, "Évaluation \"finale\".docx", TestDocuments.docx("Evaluation")).json().get("file").asString();
		var download = Api.as(port, COORDINATOR).get(file);
		assertThat(download.contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		var headers = rawHeaders(file);
		assertThat(headers).containsEntry("x-content-type-options", "nosniff");
		assertThat(headers.get("content-disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
	}

	@Test
	void onlyThoseWhoRunTheOperationUploadAndNothingIsKeptOfARefusal() {
		var before = files.allFiles();
		for (var user : new String[] { COORDINATOR, OFFICER, OUTSIDER }) {
			var refused = upload(user, "report.pdf", TestDocuments.pdf("Report"));
			assertThat(refused.status()).as(user).isEqualTo(403);
		}
		assertThat(documentsOf(operation)).isZero();
		assertThat(files.allFiles()).isEqualTo(before);
		assertThat(upload(SECRETARIAT, "report.pdf", TestDocuments.pdf("Report")).status()).isEqualTo(201);
	}

	@Test
	void refusesBadFilesWithTheReasonAndKeepsNothing() {
		var before = files.allFiles();
		var tooLarge = new byte[(int) library.maxDocumentSize() + 1];
		System.arraycopy(TestDocuments.pdf("x"), 0, tooLarge, 0, 100);
		assertRefused(upload(LEADER, "large.pdf", tooLarge), "larger than the 1 MB");
		assertRefused(upload(LEADER, "empty.pdf", new byte[0]), "The file is empty.");
		assertRefused(upload(LEADER, "tool.exe", TestDocuments.pdf("x")), "Only PDF, Word (.docx)");
		assertRefused(upload(LEADER, "report.pdf", TestDocuments.docx("a zip named .pdf")),
				"The file's name says PDF document (.pdf), but its content is not");
		assertRefused(upload(LEADER, "report.xlsx", "plain text".getBytes(StandardCharsets.UTF_8)),
				"The file's name says Excel workbook (.xlsx), but its content is not");
		var pdf = TestDocuments.pdf("A whole report");
		assertRefused(upload(LEADER, "cut.pdf", Arrays.copyOf(pdf, 60)), "damaged or incomplete");
		var noFile = Api.as(port, LEADER).post("/api/library/" + operation + "/documents",
				"multipart/form-data; boundary=" + TestDocuments.BOUNDARY,
				("--" + TestDocuments.BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		assertRefused(noFile, "Choose a file to add.");
		assertThat(documentsOf(operation)).isZero();
		assertThat(files.allFiles()).as("no file and no temporary file is left").isEqualTo(before);
	}

	@Test
	void anUploadBeyondTheServersLimitIsRefusedBeforeItIsRead() {
		var before = files.allFiles();
		var huge = new byte[6 * 1024 * 1024];
		var response = upload(LEADER, "huge.pdf", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(documentsOf(operation)).isZero();
		assertThat(files.allFiles()).isEqualTo(before);
	}

	@Test
	void aFileIsWrittenWholeAndRemovedAgainWhenItsTransactionFails() {
		var before = files.allFiles();
		var uploaded = new UUID[1];
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			uploaded[0] = accounts.as(LEADER, () -> library.upload(operation, "report.pdf", TestDocuments.pdf("Report"))).id();
			assertThat(files.exists(operation, uploaded[0])).as("written before the commit").isTrue();
			throw new IllegalStateException("a later step of the same transaction fails");
		})).hasMessageContaining("a later step");
		assertThat(files.exists(operation, uploaded[0])).isFalse();
		assertThat(files.allFiles()).isEqualTo(before);
		assertThat(documentsOf(operation)).isZero();

		var pdf = TestDocuments.pdf("Report");
		var kept = accounts.as(LEADER, () -> library.upload(operation, "report.pdf", pdf));
		var added = new java.util.HashSet<>(files.allFiles());
		added.removeAll(before);
		assertThat(added).singleElement().satisfies(path -> {
			assertThat(path.getFileName().toString()).isEqualTo(kept.id().toString());
			assertThat(Files.readAllBytes(path)).isEqualTo(pdf);
		});
	}

	@Test
	void onlyOperationsThatHaveRunAreInTheLibrary() {
		var future = fixture.futureOperation(LibraryFixture.word("LIBFUTURE"));
		assertThat(Api.as(port, LEADER).get("/api/library/" + future).status()).isEqualTo(404);
		var response = Api.as(port, LEADER).post("/api/library/" + future + "/documents", TestDocuments.multipartType(),
				TestDocuments.multipart("report.pdf", TestDocuments.pdf("Report")));
		assertThat(response.status()).isEqualTo(404);
		assertThat(Api.as(port, OUTSIDER).get("/api/library").body()).contains(operation.toString())
			.doesNotContain(future.toString());
	}

	@Test
	void uploadsAndDownloadsAreInTheOrganisersAuditTrail() {
		var file = upload(SECRETARIAT, "evaluation.odt", TestDocuments.odt("Evaluation")).json();
		var id = file.get("id").asString();
		Api.as(port, COORDINATOR).get(file.get("file").asString());
		var trail = Api.as(port, LEADER).get("/api/audit-trail?entityType=library-document&entityId=" + id).json();
		var actions = new java.util.ArrayList<String>();
		trail.forEach(entry -> actions.add(entry.get("action").asString() + " by " + entry.get("actor").asString()));
		assertThat(actions).contains("CREATED by " + SECRETARIAT, "DOWNLOADED by " + COORDINATOR);
		trail.forEach(entry -> assertThat(entry.get("recordLabel").asString()).isEqualTo("evaluation.odt"));
	}

	@Test
	void theUploadFormShowsARefusalNextToTheFileAndKeepsNothing() {
		var before = files.allFiles();
		var page = FormSession.signedIn(port, LEADER);
		var form = "/library/" + operation + "/documents/new";
		assertThat(page.get(form).body()).as("the limit reads as the refusal names it").contains("up to 1 MB.");
		var refused = page.postMultipart(form, "/library/" + operation + "/documents", Map.of(), "file", "report.pdf",
				TestDocuments.xlsx("a workbook named .pdf"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("is-invalid")
			.containsPattern("id=\"file-error\"[^>]*>The file&#39;s name says PDF document \\(\\.pdf\\), but its content is not");
		assertThat(files.allFiles()).isEqualTo(before);

		var tooLarge = page.postMultipart(form, "/library/" + operation + "/documents", Map.of(), "file", "huge.pdf",
				new byte[6 * 1024 * 1024]);
		assertThat(tooLarge.statusCode()).as("back to the form").isEqualTo(302);
		assertThat(tooLarge.headers().firstValue("Location").orElseThrow()).endsWith(form);
		assertThat(page.get(form).body()).containsPattern("id=\"file-error\"[^>]*>The file is larger than 5 MB");
		assertThat(files.allFiles()).isEqualTo(before);

		var accepted = page.postMultipart(form, "/library/" + operation + "/documents", Map.of(), "file", "report.pdf",
				TestDocuments.pdf("Report"));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/library/" + operation + "#documents");
		assertThat(page.get("/library/" + operation).body()).contains("report.pdf");
	}

	@Test
	void thoseWhoAddDocumentsRemoveThemWithTheirTextAndFileAndTheTrailKeepsWhatTheyWere() {
		var word = LibraryFixture.word("LIBREMOVED");
		var document = upload(LEADER, "wrong version.pdf", TestDocuments.pdf("Draft that mentions " + word)).json();
		var id = UUID.fromString(document.get("id").asString());
		assertThat(accounts.as(COORDINATOR, () -> library.search(word))).hasSize(1);

		for (var user : new String[] { COORDINATOR, OFFICER, OUTSIDER }) {
			assertThat(Api.as(port, user).delete("/api/library/documents/" + id).status()).as(user).isEqualTo(403);
		}
		assertThat(files.exists(operation, id)).isTrue();

		assertThat(Api.as(port, LEADER).delete("/api/library/documents/" + id).status()).isEqualTo(204);
		assertThat(documentsOf(operation)).isZero();
		assertThat(files.exists(operation, id)).as("the file goes with its row").isFalse();
		assertThat(accounts.as(COORDINATOR, () -> library.search(word))).as("nor is its text found").isEmpty();
		assertThat(Api.as(port, COORDINATOR).get(document.get("file").asString()).status()).isEqualTo(404);
		assertThat(Api.as(port, LEADER).delete("/api/library/documents/" + id).status()).isEqualTo(404);

		var trail = Api.as(port, LEADER).get("/api/audit-trail?entityType=library-document&entityId=" + id).json();
		var actions = new java.util.ArrayList<String>();
		trail.forEach(entry -> actions.add(entry.get("action").asString() + " by " + entry.get("actor").asString()));
		assertThat(actions).contains("CREATED by " + LEADER, "DELETED by " + LEADER);
		assertThat(trail.toString()).contains(document.get("sizeBytes").asString());
	}

	@Test
	void aRemovalThatFailsKeepsTheFileItsRowStillNames() {
		var pdf = TestDocuments.pdf("Report");
		var kept = accounts.as(LEADER, () -> library.upload(operation, "report.pdf", pdf));
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			accounts.as(LEADER, () -> library.remove(kept.id()));
			throw new IllegalStateException("a later step of the same transaction fails");
		})).hasMessageContaining("a later step");
		assertThat(documentsOf(operation)).isEqualTo(1);
		assertThat(files.exists(operation, kept.id())).isTrue();
		assertThat(Api.as(port, COORDINATOR).get("/api/library/documents/" + kept.id() + "/file").bytes())
			.isEqualTo(pdf);
	}

	@Test
	void theEntryPageAsksBeforeADocumentIsRemovedAndSaysItWas() {
		var document = accounts.as(LEADER, () -> library.upload(operation, "wrong version.pdf", TestDocuments.pdf("Draft")));
		var entry = "/library/" + operation;
		var confirm = entry + "/documents/" + document.id() + "/remove";
		assertThat(FormSession.signedIn(port, COORDINATOR).get(entry).body()).doesNotContain(confirm);
		assertThat(FormSession.signedIn(port, COORDINATOR).get(confirm).statusCode()).isEqualTo(403);

		var page = FormSession.signedIn(port, LEADER);
		assertThat(page.get(entry).body()).contains("href=\"" + confirm + "\"");
		var question = page.get(confirm);
		assertThat(question.statusCode()).isEqualTo(200);
		assertThat(question.body()).contains("Remove wrong version.pdf?").contains("cannot be brought back");
		assertThat(documentsOf(operation)).as("asking removes nothing").isEqualTo(1);

		var other = fixture.pastOperation(LibraryFixture.word("LIBOTHER"), "Another operation");
		assertThat(page.get("/library/" + other + "/documents/" + document.id() + "/remove").statusCode())
			.as("a document is removed only through its own operation").isEqualTo(404);

		var removed = page.postForm(confirm, confirm, Map.of());
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith(entry + "#documents");
		assertThat(page.get(entry).body()).contains("wrong version.pdf was removed.").contains("No documents yet.");
		assertThat(documentsOf(operation)).isZero();
	}

	private Api.Response upload(String user, String fileName, byte[] content) {
		return Api.as(port, user).post("/api/library/" + operation + "/documents", TestDocuments.multipartType(),
				TestDocuments.multipart(fileName, content));
	}

	private static void assertRefused(Api.Response response, String reason) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get("file").asString()).contains(reason);
	}

	private long documentsOf(OperationId id) {
		return jdbc.sql("select count(*) from library_documents where operation_id = ?").param(id.value())
			.query(Long.class).single();
	}

	private java.util.Map<String, String> rawHeaders(String path) {
		try {
			var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + Api.basicCredentials(COORDINATOR, TestAccounts.PASSWORD)).build(),
					java.net.http.HttpResponse.BodyHandlers.discarding());
			var headers = new java.util.HashMap<String, String>();
			response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			return headers;
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}
}
