package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The JCO Library in headless Chromium, as the demo script walks it: the leader of a JCO that ran last year adds
 * its final report (a PDF) through the upload form; a national coordinator who took part finds the operation by a
 * word that only the report holds, opens it and uses it as the template of a new operation, whose dates they set.
 * Every page on the way is checked by axe-core (see {@link Browser}).
 */
@IntegrationTest
class LibraryBrowserTests {

	private static final String LEADER = "t.libb.leader.dk";
	private static final String COORDINATOR = "t.libb.coordinator.fi";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Test
	void aCoordinatorFindsAPastJcoByAWordInItsFinalReportAndStartsANewOneFromIt() throws Exception {
		accounts.ensure(LEADER, "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure(COORDINATOR, "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var name = "BROWSER ORESUND " + System.nanoTime();
		var start = LocalDate.now().minusMonths(10);
		var past = accounts.as(LEADER, () -> register.table(new OperationPlan(name, OperationType.JCO_REGIONAL,
				"DK-CUSTOMS", "DK", Set.of("FI", "SE"), Set.of("OLAF"), Competence.EXCLUSIVE_EU,
				PolicyDomain.FINANCIAL_INTERESTS, "Danish OCU (test)", null, Set.of("CIGARETTES"),
				Set.of("MARITIME_RORO"), Set.of("DKCPH"), List.of(new Phase(start, start.plusDays(9))),
				"Detect cigarettes on the Øresund ferries.")));
		var word = "tachograph" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		var report = Files.createTempFile("Final report ", ".pdf");
		Files.write(report, finalReport(name, "Officers compared the " + word + " records of every lorry with "
				+ "its consignment note."));

		// The leader adds the final report through the form.
		var leader = browser.open(port);
		leader.signIn(LEADER, TestAccounts.PASSWORD);
		leader.get("/library/" + past.id());
		leader.click("add-document");
		leader.visible(By.id("upload-form"));
		leader.driver().findElement(By.id("file")).sendKeys(report.toString());
		leader.click("upload-submit");
		leader.waiting().until(ExpectedConditions.urlContains("/library/" + past.id()));
		assertThat(leader.visible(By.id("document-table")).getText()).contains(report.getFileName().toString());

		// A national coordinator who took part finds it by a word of the report, from the menu's Library.
		var coordinator = browser.open(port);
		coordinator.signIn(COORDINATOR, TestAccounts.PASSWORD);
		coordinator.click("nav-library");
		coordinator.visible(By.id("q")).sendKeys(word, Keys.ENTER);
		var result = coordinator.visible(By.cssSelector("#results .hub-result"));
		assertThat(result.getText()).contains(name).contains("In " + report.getFileName());
		assertThat(result.findElement(By.tagName("mark")).getText()).isEqualTo(word);
		coordinator.screenshot(Path.of("/tmp/jcohub-library-search.png"));

		coordinator.click(By.linkText(name));
		coordinator.visible(By.id("documents"));
		coordinator.click("use-as-template");
		coordinator.visible(By.id("template-form"));
		assertThat(coordinator.driver().findElement(By.id("phase1Start")).getAttribute("value"))
			.as("the user sets the dates").isEmpty();
		var next = LocalDate.now().plusMonths(5);
		coordinator.type("name", "NEXT ORESUND " + System.nanoTime());
		coordinator.date("phase1Start", next.toString());
		coordinator.date("phase1End", next.plusDays(9).toString());
		coordinator.click("template-submit");

		coordinator.waiting().until(ExpectedConditions.urlMatches(".*/operations/[0-9a-f-]{36}$"));
		var page = coordinator.driver().findElement(By.tagName("main")).getText();
		assertThat(page).contains("NEXT ORESUND").contains("Finland customs administration").contains("Proposal")
			.contains("Denmark").contains("Sweden").contains("Detect cigarettes on the Øresund ferries.");
		coordinator.screenshot(Path.of("/tmp/jcohub-library-template.png"));
	}

	/** A final report as organisers write them: a PDF with its marking and page numbers on every page. */
	private static byte[] finalReport(String name, String finding) {
		var out = new ByteArrayOutputStream();
		var document = new com.lowagie.text.Document();
		com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
		document.open();
		document.add(new com.lowagie.text.Paragraph(name + " – final report", eu.jcohub.shared.pdf.PdfFonts.bold(14)));
		document.add(new com.lowagie.text.Paragraph(finding, eu.jcohub.shared.pdf.PdfFonts.regular(10)));
		document.close();
		return MarkedPdf.stamp(out.toByteArray(), "JCO HUB – PARTICIPANTS ONLY", "today");
	}
}
