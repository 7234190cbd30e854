package eu.jcohub.seizures;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;
import static eu.jcohub.support.matrix.MatrixScenario.SECRET;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: seizure report R on operation P, made by Danish customs under PARTICIPANTS and naming a person (the
 * secret). Isolation: a report on B by a German officer, with secrets in its description, person and company.
 */
class SeizuresMatrixPart implements MatrixPart, IsolationPart {

	private static final String SEIZURE = """
			{"seizedOn":"2025-03-05","locationCode":"DKAAR","goodsCategory":"CIGARETTES","description":"cigarettes",
			 "handlingCode":"PARTICIPANTS","personName":"x"}""";
	private static final String SEIZURE_FORM = "seizedOn=2025-03-05&locationCode=DKAAR&goodsCategory=CIGARETTES"
			+ "&description=cigarettes&handlingCode=PARTICIPANTS&personName=x";

	private static final String PROFILE = "{\"name\":\"M-P-PROFILE\",\"riskArea\":\"CIGARETTES\"}";
	private static final String PROFILE_FORM = "name=M-P-PROFILE&riskArea=CIGARETTES";
	private static final String FIELD_REPORT = """
			{"idempotencyKey":"m-bulk","type":"CONTROL","location":"DKAAR","controlledKind":"VEHICLES","controlledCount":1,
			 "result":"NOTHING_FOUND"}""";

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		var reports = scenario.bean(SeizureReports.class);
		var p = new OperationId(UUID.fromString(scenario.id("P")));
		scenario.name("R", scenario.as(LEADER, () -> reports.report(p, new SeizureDraft(LocalDate.of(2025, 3, 5), "DKAAR",
				null, "CIGARETTES", "cigarettes", null, null, null, HandlingCode.PARTICIPANTS, Set.of(),
				new Subject(SECRET, null, null, null, null))).id()));
		// A profile of P, kept by no one of the matrix (P has no OCU): written as its store keeps it.
		var profile = UUID.randomUUID();
		scenario.bean(RiskProfileStore.class).insert(p, new RiskProfileView(UUID.randomUUID(), profile, 1, 1, "M-PROFILE",
				"CIGARETTES", null, null, null, java.util.List.of(), null, "DK-CUSTOMS", LEADER, java.time.Instant.now()));
		scenario.name("RP", profile);
		var png = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
					"png", png);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		scenario.name("PH", scenario.as(LEADER, () -> scenario.bean(Photos.class)
			.attach(UUID.fromString(scenario.id("R")), png.toByteArray()).id()));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var p = scenario.id("P");
		var r = scenario.id("R");
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/operations/{id}/seizures", "GET /operations/{id}/seizures", "GET /operations/{id}/seizures/new" ->
				MatrixRequest.get(pattern.replace("{id}", p));
			case "POST /api/operations/{id}/seizures" -> MatrixRequest.json("/api/operations/" + p + "/seizures", SEIZURE);
			case "POST /operations/{id}/seizures" -> MatrixRequest.form("/operations/" + p + "/seizures", SEIZURE_FORM);
			case "GET /api/seizures/{id}", "GET /seizures/{id}", "GET /seizures/{id}/edit", "GET /api/seizures/{id}/report.pdf" ->
				MatrixRequest.get(pattern.replace("{id}", r));
			case "PUT /api/seizures/{id}" -> MatrixRequest.json("/api/seizures/" + r, SEIZURE.replace("\"x\"", "\"" + SECRET + "\""));
			case "POST /seizures/{id}" ->
				MatrixRequest.form("/seizures/" + r, SEIZURE_FORM.replace("personName=x", "personName=" + SECRET));
			case "GET /api/operations/{id}/phases", "GET /api/operations/{id}/risk-profiles", "GET /api/operations/{id}/reports",
					"GET /api/operations/{id}/report-matches", "GET /api/operations/{id}/not-reported",
					"GET /operations/{id}/reports", "GET /operations/{id}/reports/new", "GET /operations/{id}/risk-profiles" ->
				MatrixRequest.get(pattern.replace("{id}", p));
			case "POST /api/operations/{id}/phases/{n}/open", "POST /api/operations/{id}/phases/{n}/close" ->
				MatrixRequest.json(pattern.replace("{id}", p).replace("{n}", "1"), "{}");
			case "POST /operations/{id}/phases/{n}/open", "POST /operations/{id}/phases/{n}/close" ->
				MatrixRequest.form(pattern.replace("{id}", p).replace("{n}", "1"), "");
			case "POST /api/operations/{id}/risk-profiles" -> MatrixRequest.json(pattern.replace("{id}", p), PROFILE);
			case "POST /operations/{id}/risk-profiles" -> MatrixRequest.form(pattern.replace("{id}", p), PROFILE_FORM);
			case "PUT /api/risk-profiles/{id}" -> MatrixRequest.json(pattern.replace("{id}", scenario.id("RP")), PROFILE);
			case "POST /risk-profiles/{id}" -> MatrixRequest.form(pattern.replace("{id}", scenario.id("RP")), PROFILE_FORM);
			case "POST /api/operations/{id}/reports" -> MatrixRequest.json(pattern.replace("{id}", p), FIELD_REPORT);
			case "POST /api/operations/{id}/reports/bulk" -> MatrixRequest.json(pattern.replace("{id}", p),
					"[" + FIELD_REPORT + "]");
			case "GET /api/reports/{id}", "GET /reports/{id}" -> MatrixRequest.get(pattern.replace("{id}", r));
			case "POST /api/reports/{id}/validate", "POST /api/reports/{id}/query", "POST /api/reports/{id}/reject",
					"POST /api/reports/{id}/answer" -> MatrixRequest.json(pattern.replace("{id}", r), "{\"text\":\"why\"}");
			case "POST /reports/{id}/validate", "POST /reports/{id}/query", "POST /reports/{id}/reject",
					"POST /reports/{id}/answer" -> MatrixRequest.form(pattern.replace("{id}", r), "text=why");
			case "POST /api/reports/{id}/photos", "POST /reports/{id}/photos" ->
				MatrixRequest.upload(pattern.replace("{id}", r), "photo.png", "image/png", "not an image");
			case "GET /api/reports/{id}/photos" -> MatrixRequest.get(pattern.replace("{id}", r));
			case "GET /api/photos/{id}" -> MatrixRequest.get(pattern.replace("{id}", scenario.id("PH")));
			default -> null;
		});
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		var day = scenario.bean(eu.jcohub.operations.OperationRegister.class)
			.circle(new OperationId(UUID.fromString(scenario.id("B")))).firstDay();
		var seizure = Api.as(scenario.port(), scenario.id("B.officer")).post("/api/operations/" + scenario.id("B")
				+ "/seizures", """
				{"seizedOn":"%s","locationCode":"DEHAM","goodsCategory":"CIGARETTES","description":"ISO-SEIZURE-SECRET",
				 "handlingCode":"PARTICIPANTS","personName":"ISO-PERSON-SECRET","companyName":"ISO-COMPANY-SECRET"}"""
					.formatted(day));
		if (seizure.status() != 201) {
			throw new IllegalStateException("B's seizure report was refused: " + seizure.body());
		}
		scenario.name("B.seizure", seizure.json().get("id").asText());
		scenario.secret("ISO-SEIZURE-SECRET");
		scenario.secret("ISO-PERSON-SECRET");
		scenario.secret("ISO-COMPANY-SECRET");
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return pattern.startsWith("/seizures/") || pattern.startsWith("/api/seizures/") || pattern.startsWith("/reports/")
				|| pattern.startsWith("/api/reports/")
				? Optional.of(pattern.replace("{id}", scenario.id("B.seizure"))) : Optional.empty();
	}
}
