package eu.jcohub.exchange;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;

import eu.jcohub.support.Api;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: imports of a one-line CSV, the tabling list of S's semester, feed tokens, and subscription S to a
 * calendar of Danish customs (on a port nothing listens on: a pull fails fast, in words). Isolation: B's organiser
 * follows a calendar whose name and address carry secrets.
 */
class ExchangeMatrixPart implements MatrixPart, IsolationPart {

	private static final String CSV = "name,type,organiser,leadCountry,participants,competence,domain,riskAreas,"
			+ "phase1Start,phase1End\r\nM-IMPORTED,JCO_REGIONAL,DK-CUSTOMS,DK,FI,SHARED,CUSTOMS,CASH,2062-01-01,2062-01-05";
	private static final String UNREACHABLE = "http://127.0.0.1:1/calendar.ics";

	@Override
	public void prepare(MatrixScenario scenario) {
		var service = scenario.bean(SubscriptionService.class);
		scenario.name("SUB", scenario.as(LEADER, () -> service.register(new SubscriptionService.Registration(
				"M-SUBSCRIPTION", UNREACHABLE, "DK-CUSTOMS", 60, "BEARER", "matrix-token")).id()));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "POST /api/operations/import", "POST /exchange/import" ->
				MatrixRequest.upload(pattern, "plans.csv", "text/csv", CSV);
			case "GET /api/tabling-list.pdf", "GET /api/tabling-list.xlsx" -> MatrixRequest.get(pattern + "?semester=2061-1");
			case "POST /api/me/feed-token", "POST /exchange/feed-token", "POST /exchange/import/confirm" ->
				MatrixRequest.form(pattern, "");
			case "POST /api/exchange/subscriptions" -> MatrixRequest.json(pattern, """
					{"name":"M-SUB-%d","url":"%s","organiser":"DK-CUSTOMS"}""".formatted(scenario.next(), UNREACHABLE));
			case "POST /exchange/subscriptions" -> MatrixRequest.form(pattern, "name=M-SUB-" + scenario.next() + "&url="
					+ UNREACHABLE + "&organiser=DK-CUSTOMS&pullMinutes=60&credentialKind=NONE");
			case "POST /api/exchange/subscriptions/{id}/pull", "POST /exchange/subscriptions/{id}/pull" ->
				MatrixRequest.form(pattern.replace("{id}", scenario.id("SUB")), "");
			case "GET /api/exchange/subscriptions/{id}/history" -> MatrixRequest.get(pattern.replace("{id}",
					scenario.id("SUB")));
			default -> null;
		});
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		var planner = scenario.bean(eu.jcohub.support.TestAccounts.class).ensure("t.iso.subscriber.de", "DE-CUSTOMS",
				eu.jcohub.access.Role.OPERATION_LEADER);
		var created = Api.as(scenario.port(), planner).post("/api/exchange/subscriptions", """
				{"name":"ISO-SUBSCRIPTION-SECRET","url":"http://127.0.0.1:1/ISO-FEED-SECRET.ics","organiser":"DE-CUSTOMS",
				 "credentialKind":"BEARER","credential":"ISO-TOKEN-SECRET"}""");
		if (created.status() != 201) {
			throw new IllegalStateException("B's subscription was refused: " + created.body());
		}
		scenario.name("B.subscription", created.json().get("id").asString());
		scenario.secret("ISO-SUBSCRIPTION-SECRET");
		scenario.secret("ISO-FEED-SECRET");
		scenario.secret("ISO-TOKEN-SECRET");
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return pattern.startsWith("/api/exchange/subscriptions/")
				? Optional.of(pattern.replace("{id}", scenario.id("B.subscription"))) : Optional.empty();
	}
}
