package eu.jcohub.coordination;

import static eu.jcohub.coordination.ValidatedReports.control;
import static eu.jcohub.coordination.ValidatedReports.seizure;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.seizures.PhaseClosed;
import eu.jcohub.seizures.PhaseOpened;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.seizures.RiskProfileVersioned;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The review of phase 1 on constructed reports: results per profile, place and risk area, the drop warning at the
 * land border whose seizures dried up, and the suggested changes (profiles without hits, places with high hit rates),
 * on the page and in the PDF in words.
 */
@IntegrationTest
class ReviewTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private OperationId operation;
	private final UUID hitting = UUID.randomUUID();
	private final UUID missing = UUID.randomUUID();
	private final UUID unused = UUID.randomUUID();

	@BeforeEach
	void phaseOneWithADropAtKiel() {
		accounts.ensure("t.rv.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		accounts.ensure("t.rv.coordinator.pt", "PT-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var created = Api.as(port, "t.rv.leader.dk").post("/api/operations", Plans.json("RV-" + System.nanoTime(),
				"DK-CUSTOMS", "DK", List.of("FI", "DE"), List.of("CIGARETTES", "ALCOHOL"), List.of("ROAD"),
				TODAY.minusDays(8), TODAY.plusDays(5)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		operation = new OperationId(UUID.fromString(created.json().get("id").asText()));
		var published = new ArrayList<Object>();
		published.add(new PhaseOpened(operation, 1, Instant.now().minusSeconds(86_400 * 7)));
		published.add(new RiskProfileVersioned(operation, hitting, 1, 1, "Ferry trucks from Klaipeda"));
		published.add(new RiskProfileVersioned(operation, missing, 1, 1, "Empty vans returning"));
		published.add(new RiskProfileVersioned(operation, unused, 1, 1, "Rail tankers"));
		published.add(new RiskProfileVersioned(operation, hitting, 2, 2, "Ferry trucks from Klaipeda and Riga"));
		var first = TODAY.minusDays(6);
		var reports = new ArrayList<ReportValidated>();
		// Kiel: three seizures a day on the first two days, none on the last day while controls went on.
		for (int day = 0; day < 2; day++) {
			for (int i = 0; i < 5; i++) {
				reports.add(control(operation, 1, first.plusDays(day), "DE-CUSTOMS", "DEKEL", "ROAD", "CIGARETTES",
						missing, 2, false));
			}
			for (int i = 0; i < 3; i++) {
				reports.add(seizure(operation, 1, first.plusDays(day), "DE-CUSTOMS", "DEKEL", "ROAD", "CIGARETTES",
						hitting, "10000", "STICKS", "3000"));
			}
		}
		for (int i = 0; i < 6; i++) {
			reports.add(control(operation, 1, first.plusDays(3), "DE-CUSTOMS", "DEKEL", "ROAD", "CIGARETTES", missing, 2,
					false));
		}
		// Helsinki: few controls, many hits. Aarhus: many controls, nothing found.
		for (int i = 0; i < 5; i++) {
			reports.add(control(operation, 1, first.plusDays(1), "FI-CUSTOMS", "FIHEL", "ROAD", "ALCOHOL", hitting, 1,
					false));
		}
		for (int i = 0; i < 3; i++) {
			reports.add(seizure(operation, 1, first.plusDays(1), "FI-CUSTOMS", "FIHEL", "ROAD", "ALCOHOL", hitting, "40",
					"L", "900"));
		}
		for (int i = 0; i < 10; i++) {
			reports.add(control(operation, 1, first.plusDays(2), "DK-CUSTOMS", "DKAAR", "ROAD", "ALCOHOL", null, 4,
					false));
		}
		// Phase 2 counts in its own review only.
		reports.add(seizure(operation, 2, TODAY, "DK-CUSTOMS", "DKAAR", "ROAD", "ALCOHOL", missing, "5", "L", "50"));
		published.addAll(reports);
		published.add(new PhaseClosed(operation, 1, Instant.now().minusSeconds(3600), false));
		transactions.executeWithoutResult(status -> published.forEach(events::publishEvent));
		waitForReports(reports.size());
		waitForTheClosedPhase();
	}

	/** The phase's closing and its profiles are handled after the commit too, possibly after the reports. */
	private void waitForTheClosedPhase() {
		var api = Api.as(port, "t.rv.leader.dk");
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			var review = api.get("/api/operations/" + operation.value() + "/review").json();
			if (review.has("closedAt") && !review.get("closedAt").isNull() && review.get("profiles").size() == 3) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Test
	void theReviewShowsPhaseOnesResultsAndSuggestsChanges() {
		var review = Api.as(port, "t.rv.leader.dk").get("/api/operations/" + operation.value() + "/review").json();
		assertThat(review.get("phase").asInt()).isEqualTo(1);
		assertThat(review.get("closedAt").isNull()).isFalse();
		var total = review.get("figures").get("total");
		assertThat(total.get("controls").asLong()).isEqualTo(5 * 2 + 6 + 5 + 10);
		assertThat(total.get("seizures").asLong()).isEqualTo(3 * 2 + 3);

		assertThat(texts(review.get("profiles"), "name")).containsExactly("Empty vans returning",
				"Ferry trucks from Klaipeda", "Rail tankers");
		assertThat(texts(review.get("profilesWithoutHits"), "name")).containsExactly("Empty vans returning",
				"Rail tankers");
		var ferry = review.get("profiles").get(1);
		assertThat(ferry.get("controls").asLong()).isEqualTo(5);
		assertThat(ferry.get("seizures").asLong()).isEqualTo(9);

		assertThat(texts(review.get("placesWithHighHitRates"), "code")).containsExactlyInAnyOrder("FIHEL", "DEKEL");
		assertThat(texts(review.get("figures").get("perLocation"), "code")).containsExactlyInAnyOrder("DEKEL", "DKAAR",
				"FIHEL");
		assertThat(texts(review.get("figures").get("perRiskArea"), "code")).containsExactlyInAnyOrder("CIGARETTES",
				"ALCOHOL");
		assertThat(texts(review.get("figures").get("dropWarnings"), "location")).containsExactly("DEKEL");
		assertThat(review.get("profilesPage").asText()).isEqualTo("/operations/" + operation.value() + "/risk-profiles");

		var phaseTwo = Api.as(port, "t.rv.leader.dk").get("/api/operations/" + operation.value() + "/review?phase=2")
			.json();
		assertThat(phaseTwo.get("figures").get("total").get("seizures").asLong()).isEqualTo(1);
		assertThat(texts(phaseTwo.get("profiles"), "name")).as("versioned for phase 2, or known from its reports")
			.containsExactly("Ferry trucks from Klaipeda and Riga", "Profile " + missing.toString().substring(0, 4));
	}

	@Test
	void theReviewPageAndPdfSpeakInWordsAndLinkToTheProfiles() throws Exception {
		var page = FormSession.signedIn(port, "t.rv.leader.dk").get("/operations/" + operation.value() + "/review");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Kiel", "Empty vans returning", "selected no seizure",
				"href=\"/operations/" + operation.value() + "/risk-profiles\"").doesNotContain(">DEKEL<", ">CIGARETTES<");

		var pdf = Api.as(port, "t.rv.leader.dk").get("/api/operations/" + operation.value() + "/review.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		String text;
		try (var document = Loader.loadPDF(pdf.bytes())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Review of phase 1", "Empty vans returning", "Rail tankers", "selected no seizure",
				"Kiel", "Helsinki", "Aarhus", "Cigarettes", "seizures fell from", "Page 1 of")
			.doesNotContain("DEKEL", "FIHEL", "CIGARETTES", "ALCOHOL", hitting.toString(), missing.toString(),
					"coordination.");
	}

	@Test
	void anOutsiderGetsNoReview() {
		var outsider = Api.as(port, "t.rv.coordinator.pt");
		assertThat(outsider.get("/api/operations/" + operation.value() + "/review").status()).isEqualTo(403);
		assertThat(outsider.get("/api/operations/" + operation.value() + "/review.pdf").status()).isEqualTo(403);
		assertThat(FormSession.signedIn(port, "t.rv.coordinator.pt").get("/operations/" + operation.value() + "/review")
			.statusCode()).isEqualTo(403);
	}

	private void waitForReports(int expected) {
		var api = Api.as(port, "t.rv.leader.dk");
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			var figures = api.get("/api/operations/" + operation.value() + "/statistics").json();
			if (figures.get("reports").asLong() >= expected) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static List<String> texts(JsonNode array, String field) {
		var texts = new ArrayList<String>();
		array.forEach(node -> texts.add(node.get(field).asText()));
		return texts;
	}
}
