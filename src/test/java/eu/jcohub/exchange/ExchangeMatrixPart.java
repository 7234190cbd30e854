package eu.jcohub.exchange;

import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Imports of a one-line CSV, the tabling list of S's semester, and feed tokens. */
class ExchangeMatrixPart implements MatrixPart {

	private static final String CSV = "name,type,organiser,leadCountry,participants,competence,domain,riskAreas,"
			+ "phase1Start,phase1End\r\nM-IMPORTED,JCO_REGIONAL,DK-CUSTOMS,DK,FI,SHARED,CUSTOMS,CASH,2062-01-01,2062-01-05";

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "POST /api/operations/import", "POST /exchange/import" ->
				MatrixRequest.upload(pattern, "plans.csv", "text/csv", CSV);
			case "GET /api/tabling-list.pdf", "GET /api/tabling-list.xlsx" -> MatrixRequest.get(pattern + "?semester=2061-1");
			case "POST /api/me/feed-token", "POST /exchange/feed-token" -> MatrixRequest.form(pattern, "");
			default -> null;
		});
	}
}
