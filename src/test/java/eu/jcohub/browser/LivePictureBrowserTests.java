package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The OCU's live picture in a browser changes, without reloading, when a report is validated. */
@IntegrationTest
class LivePictureBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void thePictureMovesWhenAReportIsValidated() {
		accounts.ensure("t.lp.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.lp.ocu", "OLAF", Role.OCU_OPERATOR);
		var today = LocalDate.now();
		var created = Api.as(port, "t.lp.leader.dk").post("/api/operations", Plans.json("LP-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), today.minusDays(2),
				today.plusDays(3)));
		var operation = new OperationId(UUID.fromString(created.json().get("id").asText()));
		roles.assign(operation, "t.lp.ocu", OperationRole.OCU_OPERATOR);

		var ocu = browser.open(port);
		ocu.signIn("t.lp.ocu", TestAccounts.PASSWORD);
		ocu.get("/operations/" + operation.value() + "/picture");
		ocu.checkAccessibility();
		ocu.waiting().until(d -> d.findElement(By.id("picture-status")).getText().startsWith("Live"));
		assertThat(ocu.driver().findElement(By.id("total-seizures")).getText()).isEqualTo("0");
		ocu.script("window.notReloaded = true;");

		transactions.executeWithoutResult(status -> events.publishEvent(new ReportValidated(UUID.randomUUID(),
				operation, 1, ReportType.SEIZURE, Instant.now(), "FI-CUSTOMS", "FIHEL", "ROAD", "CIGARETTES", null, null,
				new BigDecimal("4000"), "STICKS", new BigDecimal("1200"), null, 0, true, Instant.now())));

		ocu.waiting().until(d -> d.findElement(By.id("total-seizures")).getText().equals("1"));
		assertThat(ocu.script("return window.notReloaded === true")).isEqualTo(true);
		assertThat(ocu.driver().findElement(By.id("perLocation")).getText()).contains("Helsinki");
		ocu.checkAccessibility();
	}
}
