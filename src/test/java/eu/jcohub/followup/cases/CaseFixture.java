package eu.jcohub.followup.cases;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.access.Role;
import eu.jcohub.followup.internal.ReportFigureStore;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An operation led by the Danish leader with Finland taking part, and validated reports of the Finnish customs
 * written into follow-up's projection as the OCU's validation would: what cases are opened from.
 */
public final class CaseFixture {

	public static final LocalDate FOUND = LocalDate.of(2026, 3, 2);
	private final int port;
	private final TestAccounts accounts;
	private final ReportFigureStore figures;
	private final OperationRoles roles;

	public CaseFixture(int port, TestAccounts accounts, ReportFigureStore figures, OperationRoles roles) {
		this.port = port;
		this.accounts = accounts;
		this.figures = figures;
		this.roles = roles;
	}

	public String policeFi() {
		return accounts.ensure("t.police.fi", "FI-POLICE", Role.PARTNER_OBSERVER);
	}

	public String officerFi() {
		return accounts.ensure("t.officer.fi", "FI-CUSTOMS", Role.FIELD_OFFICER);
	}

	public OperationId operation(String name) {
		var created = Api.as(port, accounts.leaderDk()).post("/api/operations", Plans.json(name, "DK-CUSTOMS", "DK",
				List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), FOUND.minusDays(5), FOUND.plusDays(5)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var id = OperationId.of(UUID.fromString(created.json().get("id").asString()));
		roles.assign(id, accounts.leaderDk(), OperationRole.LEADER);
		return id;
	}

	/** A seizure of the Finnish customs, validated at the moment. */
	public UUID seizure(OperationId operation, String valueEur, Instant validatedAt) {
		var report = UUID.randomUUID();
		figures.upsert(new ReportValidated(report, operation, 1, ReportType.SEIZURE,
				FOUND.atStartOfDay(java.time.ZoneOffset.UTC).plusHours(9).toInstant(), "FI-CUSTOMS", "FIHEL", "ROAD",
				"CIGARETTES", null, null, new BigDecimal("10000"), "pieces", new BigDecimal(valueEur),
				new BigDecimal("100.00"), 0, true, validatedAt));
		return report;
	}

	/** A control of the Finnish customs that found nothing. */
	public UUID clearControl(OperationId operation) {
		var report = UUID.randomUUID();
		figures.upsert(new ReportValidated(report, operation, 1, ReportType.CONTROL,
				FOUND.atStartOfDay(java.time.ZoneOffset.UTC).plusHours(9).toInstant(), "FI-CUSTOMS", "FIHEL", "ROAD", null,
				null, null, null, null, null, null, 12, false, Instant.now()));
		return report;
	}

	/** Opens a criminal case investigated by the Finnish police, as the Finnish coordinator; its id. */
	public String openCase(UUID report) {
		var opened = Api.as(port, accounts.coordinatorFi()).post("/api/reports/" + report + "/cases", """
				{"kind":"CRIMINAL","owner":"FI-POLICE","investigatedBy":"Helsinki economic crime unit","openedOn":"2026-03-10"}""");
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	public Api.Response event(String username, String caseId, String json) {
		return Api.as(port, username).post("/api/cases/" + caseId + "/events", json);
	}
}
