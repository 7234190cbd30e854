package eu.jcohub.deconfliction;

import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The conflict between S and S2, and drafts to check. */
class DeconflictionMatrixPart implements MatrixPart {

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var resolution = "/operations/" + scenario.id("S") + "/conflicts/" + scenario.id("S2") + "/resolution";
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/operations/{id}/conflicts" -> MatrixRequest.get("/api/operations/" + scenario.id("S") + "/conflicts");
			case "POST /api/operations/{id}/conflicts/{other}/resolution" ->
				MatrixRequest.json("/api" + resolution, "{\"kind\":\"RUN_JOINTLY\",\"note\":\"agreed in the matrix test\"}");
			case "POST /operations/{id}/conflicts/{other}/resolution" ->
				MatrixRequest.form(resolution, "kind=RUN_JOINTLY&note=agreed");
			case "POST /api/deconfliction/check" -> MatrixRequest.json(pattern, """
					{"name":"M-DRAFT","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK","participants":["FI"],
					 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CASH"],"transportModes":["AIR"],
					 "phases":[{"start":"2063-01-01","end":"2063-01-05"}]}""");
			default -> null;
		});
	}
}
