package eu.jcohub.followup.debriefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.planning.ObjectiveDraft;
import eu.jcohub.planning.Objectives;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.access.Role;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operation's debriefing through the API: objectives evaluated against constructed validated figures, the
 * assessment of an objective measured by hand and its bad input, who reads and who keeps it, and the debriefing
 * pack opened as PDF and DOCX.
 */
@IntegrationTest
class DebriefingTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	OperationRoles roles;

	@Autowired
	Objectives objectives;

	@Autowired
	ReportFigureStore figures;

	private OperationId operation;
	private String name;

	/** Danish with Finland and Frontex as a partner, run in March; five objectives and five validated reports. */
	@BeforeEach
	void operation() {
		var leader = accounts.leaderDk();
		name = "Debriefed " + System.nanoTime();
		var plan = new OperationPlan(name, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of("FRONTEX"),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, "ocu@example.eu", null, Set.of("CIGARETTES"),
				Set.of("ROAD"), Set.of(), List.of(new Phase(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10))),
				"Stop cigarettes");
		operation = accounts.as(leader, () -> register.table(plan).id());
		roles.assign(operation, leader, OperationRole.LEADER);
		accounts.as(leader, () -> objectives.replace(operation, List.of(
				new ObjectiveDraft("Three seizures", "SEIZURES", null, null, "3"),
				new ObjectiveDraft("Twenty thousand cigarettes", "QUANTITY_SEIZED", "CIGARETTES", "STICKS", "20000"),
				new ObjectiveDraft("Five controls", "CONTROLS", null, null, "5"),
				new ObjectiveDraft("Two administrations", "PARTICIPATING_ADMINISTRATIONS", null, null, "2"),
				new ObjectiveDraft("Closer work with Frontex", "ASSESSED_MANUALLY", null, null, null))));
		report(ReportType.SEIZURE, "DK-CUSTOMS", "12000");
		report(ReportType.SEIZURE, "FI-CUSTOMS", "5000");
		report(ReportType.SEIZURE, "FI-CUSTOMS", null);
		report(ReportType.CONTROL, "DK-CUSTOMS", null);
		report(ReportType.CONTROL, "DK-CUSTOMS", null, null);
	}

	@Test
	void eachObjectiveIsEvaluatedFromTheValidatedFiguresAndTheOneAssessedByHandWaitsForItsAssessment() {
		var evaluation = api(accounts.coordinatorFi()).get(path("/objectives/evaluation"));
		assertThat(evaluation.status()).isEqualTo(200);

		var lines = new ArrayList<String>();
		evaluation.json().valueStream().forEach(e -> lines.add(e.get("objective").get("description").asString() + ": "
				+ (e.get("achieved").isNull() ? "-" : e.get("achieved").decimalValue().stripTrailingZeros().toPlainString())
				+ " " + e.get("verdict").asString()));
		assertThat(lines).containsExactly("Three seizures: 3 MET", "Twenty thousand cigarettes: 17000 NOT_MET",
				"Five controls: 2 NOT_MET", "Two administrations: 2 MET", "Closer work with Frontex: - NOT_ASSESSED");
	}

	@Test
	void theLeaderRecordsTheAssessmentOfAnObjectiveMeasuredByHandWithAuthorAndDate() {
		var leader = api(accounts.leaderDk());
		var saved = leader.post(path("/objectives/assessments"),
				"{\"objective\":4,\"verdict\":\"PARTLY_MET\",\"text\":\"Two joint patrols, no shared analysis.\"}");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		var manual = api(accounts.coordinatorFi()).get(path("/objectives/evaluation")).json().get(4);
		assertThat(manual.get("verdict").asString()).isEqualTo("PARTLY_MET");
		assertThat(manual.get("assessment").get("text").asString()).isEqualTo("Two joint patrols, no shared analysis.");
		assertThat(manual.get("assessment").get("author").asString()).isEqualTo(accounts.leaderDk());
		assertThat(manual.get("assessment").get("assessedAt").asString()).isNotBlank();
	}

	@Test
	void anAssessmentNamesItsAuthorAsOthersKnowThemOnThePageAndInThePack() throws Exception {
		var author = accounts.ensureNamed("t.leader.dk.named", "Mette Lund", "DK-CUSTOMS", Role.OPERATION_LEADER);
		roles.assign(operation, author, OperationRole.LEADER);
		assertThat(api(author).post(path("/objectives/assessments"),
				"{\"objective\":4,\"verdict\":\"MET\",\"text\":\"Joint patrols every week.\"}").status()).isEqualTo(200);

		var page = FormSession.signedIn(port, accounts.coordinatorFi()).get("/operations/" + operation.value() + "/debriefing");
		assertThat(page.body()).contains("Assessed by Mette Lund").doesNotContain(author);
		var pdf = api(accounts.coordinatorFi()).get(path("/debriefing-pack.pdf"));
		var text = new StringBuilder();
		try (var reader = new PdfReader(pdf.bytes())) {
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
			}
		}
		assertThat(text.toString().replaceAll("\\s+", " ")).contains("assessed by Mette Lund").doesNotContain(author);
	}

	@Test
	void aWrongAssessmentIsAProblemNamingEachFieldAndNothingIsSaved() {
		var leader = api(accounts.leaderDk());

		var wrong = leader.post(path("/objectives/assessments"), "{\"objective\":4,\"verdict\":\"MAYBE\",\"text\":\"  \"}");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.json().get("errors").has("verdict")).isTrue();
		assertThat(wrong.json().get("errors").has("text")).isTrue();
		var measured = leader.post(path("/objectives/assessments"), "{\"objective\":0,\"verdict\":\"MET\",\"text\":\"Yes\"}");
		assertThat(measured.status()).isEqualTo(422);
		assertThat(measured.json().get("errors").get("objective").asString()).contains("evaluated from the reports");
		var beyond = leader.post(path("/objectives/assessments"), "{\"objective\":9,\"verdict\":\"MET\",\"text\":\"Yes\"}");
		assertThat(beyond.status()).isEqualTo(422);

		assertThat(leader.get(path("/objectives/evaluation")).json().get(4).get("verdict").asString())
			.isEqualTo("NOT_ASSESSED");
	}

	@Test
	void participantsReadTheDebriefingOnlyItsLeaderKeepsItAndOutsidersOrPartnersLearnNotEvenItsName() {
		var participant = api(accounts.coordinatorFi());
		assertThat(participant.get(path("/threat-assessment-draft")).status()).isEqualTo(200);
		assertThat(participant.post(path("/objectives/assessments"), "{\"objective\":4,\"verdict\":\"MET\",\"text\":\"x\"}")
			.status()).isEqualTo(403);
		for (var stranger : List.of(accounts.coordinatorPt(), accounts.observerFrontex())) {
			for (var read : List.of("/objectives/evaluation", "/debriefing-pack.pdf", "/debriefing-pack.docx",
					"/threat-assessment-draft")) {
				var refused = api(stranger).get(path(read));
				assertThat(refused.status()).as(stranger + " " + read).isEqualTo(403);
				assertThat(refused.body()).doesNotContain(name);
			}
		}
		assertThat(api(accounts.leaderDk()).get("/api/operations/" + UUID.randomUUID() + "/debriefing-pack.pdf").status())
			.isEqualTo(404);
	}

	@Test
	void aCaseStudyMustBeAValidatedReportOfTheOperation() {
		var leader = api(accounts.leaderDk());
		var elsewhere = leader.post(path("/case-studies"), "{\"reportId\":\"" + UUID.randomUUID() + "\"}");
		assertThat(elsewhere.status()).isEqualTo(422);
		assertThat(elsewhere.json().get("errors").get("reportId").asString())
			.isEqualTo("choose a validated report of this operation");
		assertThat(leader.get(path("/case-studies")).json().size()).isZero();
	}

	@Test
	void thePackIsAMarkedPdfWithTitlePageContentsNumberedChaptersAndTheFigures() throws Exception {
		// The draft recommendations are those recorded as coming from the operation, not those naming it.
		var keepers = api(accounts.secretariat());
		assertThat(keepers.post("/api/recommendations", """
				{"source":"Debriefing","text":"Brief the crews","addressee":"DK-CUSTOMS","operation":"%s"}"""
			.formatted(operation)).status()).isEqualTo(201);
		assertThat(keepers.post("/api/recommendations", """
				{"source":"Debriefing of %s","text":"Only named in the source","addressee":"DK-CUSTOMS"}""".formatted(name))
			.status()).isEqualTo(201);
		var pdf = api(accounts.coordinatorFi()).get(path("/debriefing-pack.pdf"));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");

		var pages = new ArrayList<String>();
		try (var reader = new PdfReader(pdf.bytes())) {
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(new PdfTextExtractor(reader).getTextFromPage(page));
			}
		}
		var marking = accounts.as(accounts.leaderDk(), () -> register.find(operation).marking());
		assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
		for (int page = 0; page < pages.size(); page++) {
			var text = pages.get(page);
			assertThat(text.split(java.util.regex.Pattern.quote(marking), -1)).as("marking at top and bottom of page " + (page + 1))
				.hasSizeGreaterThanOrEqualTo(3);
			assertThat(text).contains("Page " + (page + 1) + " of " + pages.size());
		}
		assertThat(pages.get(0)).contains("DEBRIEFING PACK").contains(name).contains("Organised by");
		assertThat(pages.get(1)).contains("Contents").contains("Participation").contains("Objectives evaluated")
			.contains("Draft recommendations");
		var body = String.join("\n", pages.subList(2, pages.size()));
		assertThat(body).contains("1  Participation", "2  Controls and seizures", "3  Results per risk profile",
				"4  Objectives evaluated", "5  Naples II requests", "6  Funding used", "7  Case studies",
				"8  Draft recommendations", "2.1  By Member State");
		assertThat(body).contains("5 validated reports: 2 control reports").contains("3 seizures");
		assertThat(body).contains("Figure 1: Control reports per Member State");
		// A control that gave no risk area adds no "not given" bar at 0 to the seizures per risk area.
		assertThat(body).contains("Seizures per risk area").doesNotContain("Not given");
		assertThat(body).contains("1. Three seizures").contains("17,000").contains("Not met").contains("Not assessed yet");
		assertThat(body).contains("Brief the crews").doesNotContain("Only named in the source");
	}

	@Test
	void thePackAsDocxHasTheSameChaptersAndTheMarkingInHeaderAndFooter() throws Exception {
		var docx = api(accounts.leaderDk()).get(path("/debriefing-pack.docx"));
		assertThat(docx.status()).isEqualTo(200);
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
			var text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			assertThat(text).contains(name).contains("Contents").contains("1  Participation")
				.contains("4  Objectives evaluated").contains("8  Draft recommendations");
			var tables = document.getTables().stream().map(t -> t.getText()).reduce("", String::concat);
			assertThat(tables).contains("Twenty thousand cigarettes").contains("17,000");
			var marking = accounts.as(accounts.leaderDk(), () -> register.find(operation).marking());
			assertThat(document.getHeaderList()).anySatisfy(h -> assertThat(h.getText()).contains(marking));
			assertThat(document.getFooterList()).anySatisfy(f -> assertThat(f.getText()).contains(marking));
		}
	}

	private void report(ReportType type, String administration, String sticks) {
		report(type, administration, sticks, "CIGARETTES");
	}

	private void report(ReportType type, String administration, String sticks, String riskArea) {
		figures.upsert(new ReportValidated(UUID.randomUUID(), operation, 1, type, Instant.parse("2026-03-03T10:00:00Z"),
				administration, "DKAAR", "ROAD", riskArea, null, null,
				sticks == null ? null : new BigDecimal(sticks), sticks == null ? null : "sticks",
				sticks == null ? null : new BigDecimal("1000"), null, type == ReportType.CONTROL ? 10 : 0,
				type == ReportType.SEIZURE, Instant.now()));
	}

	private String path(String rest) {
		return "/api/operations/" + operation.value() + rest;
	}

	private Api api(String username) {
		return Api.as(port, username);
	}
}
