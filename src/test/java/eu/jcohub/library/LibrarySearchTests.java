package eu.jcohub.library;

import static eu.jcohub.library.LibraryFixture.COORDINATOR;
import static eu.jcohub.library.LibraryFixture.LEADER;
import static eu.jcohub.library.LibraryFixture.OFFICER;
import static eu.jcohub.library.LibraryFixture.OUTSIDER;
import static eu.jcohub.library.LibraryFixture.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Full-text search in the Library finds words inside uploaded documents (PDF, DOCX, XLSX, ODT), in lessons, tags,
 * names and objectives, ranked, each with a passage around the words; and it finds only what the reader may read:
 * a user outside an operation's circle finds it by its name alone and never sees a passage of its details.
 */
@IntegrationTest
class LibrarySearchTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	Library library;

	private LibraryFixture fixture;

	@BeforeEach
	void people() {
		fixture = new LibraryFixture(accounts, register);
	}

	@Test
	void findsAWordInsideAnUploadedPdfAndDocxWithThePassageAroundIt() {
		var operation = fixture.pastOperation(LibraryFixture.word("LIBSEARCH"), "Cigarettes on ferries");
		var inPdf = LibraryFixture.word("tachograph");
		var inDocx = LibraryFixture.word("reefer");
		upload(operation, "final-report.pdf", TestDocuments.pdf("Summary of the operation.",
				"Officers checked the " + inPdf + " records of every lorry leaving the ferry at Aarhus."));
		upload(operation, "evaluation.docx", TestDocuments.docx("The " + inDocx + " containers were scanned twice."));

		var pdfHit = onlyHit(search(COORDINATOR, inPdf), operation);
		assertThat(pdfHit.get("source").asString()).isEqualTo("DOCUMENT");
		assertThat(pdfHit.get("fileName").asString()).isEqualTo("final-report.pdf");
		assertThat(text(pdfHit)).contains("checked the [" + inPdf + "] records");
		var docxHit = onlyHit(search(COORDINATOR, inDocx), operation);
		assertThat(docxHit.get("fileName").asString()).isEqualTo("evaluation.docx");
		assertThat(text(docxHit)).contains("[" + inDocx + "] containers were scanned");

		var both = search(LEADER, inPdf + " or " + inDocx);
		assertThat(both).hasSize(1);
		assertThat(both.get(0).get("hits")).hasSize(2);
	}

	@Test
	void findsWordsInXlsxOdtLessonsTagsAndObjectivesAndRanksTheBetterMatchFirst() {
		var word = LibraryFixture.word("scanner");
		var weak = fixture.pastOperation(LibraryFixture.word("LIBWEAK"), "Objectives without the word");
		var strong = fixture.pastOperation(LibraryFixture.word("LIBSTRONG"), "Use the " + word + " at every port");
		upload(weak, "figures.xlsx", TestDocuments.xlsx("Lorries through the " + word));
		upload(strong, "evaluation.odt", TestDocuments.odt("The " + word + " images were shared daily"));
		accounts.as(LEADER, () -> library.learn(strong, new LessonDraft("The " + word + " team", null,
				"Book the " + word + " early")));
		var tag = LibraryFixture.word("ferries");
		accounts.as(LEADER, () -> library.tag(strong, List.of(tag)));

		var results = search(COORDINATOR, word);
		assertThat(results).extracting(result -> result.get("entry").get("id").asString())
			.containsExactly(strong.toString(), weak.toString());
		var sources = new ArrayList<String>();
		results.get(0).get("hits").forEach(hit -> sources.add(hit.get("source").asString()));
		assertThat(sources).containsExactlyInAnyOrder("OPERATION", "DOCUMENT", "LESSON");
		assertThat(onlyHit(search(COORDINATOR, tag), strong).get("source").asString()).isEqualTo("OPERATION");
	}

	@Test
	void anOutsiderFindsAnOperationByItsNameButNothingOfItsDetails() {
		var name = LibraryFixture.word("LIBSECRET");
		var secret = LibraryFixture.word("confidential");
		var operation = fixture.pastOperation(name, "Follow the " + secret + " informant");
		upload(operation, "report.pdf", TestDocuments.pdf("The " + secret + " route through Aarhus."));
		accounts.as(LEADER, () -> library.learn(operation, new LessonDraft(null, "The " + secret + " van", null)));
		accounts.as(LEADER, () -> library.tag(operation, List.of(secret)));

		assertThat(search(OUTSIDER, secret)).isEmpty();
		assertThat(FormSession.signedIn(port, OUTSIDER).get("/library?q=" + secret).body())
			.contains("id=\"no-results\"").doesNotContain(name);
		var byName = search(OUTSIDER, name);
		assertThat(byName).hasSize(1);
		assertThat(byName.get(0).toString()).doesNotContain(secret).doesNotContain("informant");
		assertThat(byName.get(0).get("entry").get("readable").asBoolean()).isFalse();
		assertThat(byName.get(0).get("entry").get("tags")).isEmpty();
		var page = FormSession.signedIn(port, OUTSIDER).get("/library?q=" + name).body();
		assertThat(page).contains(name).doesNotContain(secret).doesNotContain("informant");

		for (var reader : List.of(LEADER, COORDINATOR, OFFICER, SECRETARIAT)) {
			var found = search(reader, secret);
			assertThat(found).as(reader).hasSize(1);
			assertThat(found.get(0).get("hits")).as(reader).hasSize(3);
		}
	}

	@Test
	void theSearchBoxIsAPlainFormWhosePassagesAreTextNotMarkup() {
		var operation = fixture.pastOperation(LibraryFixture.word("LIBMARKUP"), "Objectives");
		var word = LibraryFixture.word("lantern");
		upload(operation, "report.odt", TestDocuments.odt("A " + word + " &lt;script&gt;alert(1)&lt;/script&gt; "
				+ "costs 5 &amp; more"));
		var page = FormSession.signedIn(port, COORDINATOR).get("/library?q=" + word).body();
		var passage = page.substring(page.indexOf("class=\"hub-snippet\""));
		passage = passage.substring(0, passage.indexOf("</span>"));
		assertThat(passage).contains("<mark>" + word + "</mark>").contains("5 &amp; more").doesNotContain("<script");
		var form = page.substring(page.indexOf("<form", page.indexOf("<main")));
		form = form.substring(0, form.indexOf("</form>"));
		assertThat(form).contains("method=\"get\"").contains("name=\"q\"").doesNotContain("required");
	}

	@Test
	void anEmptyOrOddQueryFindsNothingAndBreaksNothing() {
		assertThat(search(COORDINATOR, "   ")).isEmpty();
		for (var odd : List.of("\"", "-", "or", "a & | ! :*", "(((", "'; drop table library_documents; --")) {
			var response = Api.as(port, COORDINATOR).get("/api/library/search?q=" + encode(odd));
			assertThat(response.status()).as(odd).isEqualTo(200);
		}
		assertThat(Api.as(port, COORDINATOR).get("/api/library").status()).isEqualTo(200);
	}

	private void upload(OperationId operation, String fileName, byte[] content) {
		var response = Api.as(port, LEADER).post("/api/library/" + operation + "/documents",
				TestDocuments.multipartType(), TestDocuments.multipart(fileName, content));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private List<JsonNode> search(String user, String query) {
		var response = Api.as(port, user).get("/api/library/search?q=" + encode(query));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var results = new ArrayList<JsonNode>();
		response.json().forEach(results::add);
		return results;
	}

	private static JsonNode onlyHit(List<JsonNode> results, OperationId operation) {
		assertThat(results).hasSize(1);
		assertThat(results.get(0).get("entry").get("id").asString()).isEqualTo(operation.toString());
		assertThat(results.get(0).get("hits")).hasSize(1);
		return results.get(0).get("hits").get(0);
	}

	/** A hit's passage with its matching words in brackets. */
	private static String text(JsonNode hit) {
		var text = new StringBuilder();
		hit.get("snippet").get("parts").forEach(part -> text.append(part.get("match").asBoolean()
				? "[" + part.get("text").asString() + "]" : part.get("text").asString()));
		return text.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
