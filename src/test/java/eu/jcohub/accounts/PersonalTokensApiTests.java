package eu.jcohub.accounts;

import eu.jcohub.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PersonalTokensApiTests {

	private static final String OPERATION = """
			{"name":"T-TOKENS-%s","type":"JCO_REGIONAL","organiser":"CCWP","leadCountry":"DK","participants":["FI"],
			 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CASH"],"transportModes":["AIR"],
			 "phases":[{"start":"2071-01-01","end":"2071-01-05"}]}""";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenIsShownOnceAndListedWithoutIt() {
		var user = accounts.ensure("t.tokens.lister", "CCWP", Role.SECRETARIAT);
		var created = Api.as(port, user).post("/api/me/tokens", """
				{"name":"nightly sync","scopes":["WRITE"],"validityDays":30}""");
		assertThat(created.status()).isEqualTo(201);
		var token = created.json().get("token").asString();
		assertThat(token).startsWith("jco_");
		assertThat(Instant.parse(created.json().get("expiresAt").asString()))
			.isBetween(Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));

		var listed = Api.as(port, user).get("/api/me/tokens");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).doesNotContain(token).doesNotContain(ApiTokens.hash(token))
			.doesNotContain("hash").contains("nightly sync").contains("\"READ\"").contains("\"WRITE\"");
		var first = listed.json().get(0);
		assertThat(first.get("purpose").asString()).isEqualTo("API");
		assertThat(first.get("revoked").asBoolean()).isFalse();
		assertThat(first.has("createdAt") && first.has("lastUsedAt") && first.has("id")).isTrue();

		assertThat(Api.bearer(port, token).get("/api/me/tokens").status()).isEqualTo(200);
		assertThat(Api.as(port, user).get("/api/me/tokens").json().get(0).get("lastUsedAt").isNull()).isFalse();
		assertThat(Api.as(port, accounts.analyst()).get("/api/me/tokens").body()).doesNotContain("nightly sync");
	}

	@Test
	void aReadTokenMayOnlyRead() {
		var user = accounts.ensure("t.tokens.reader", "CCWP", Role.SECRETARIAT);
		var read = Api.as(port, user).post("/api/me/tokens", "{\"name\":\"dashboard\",\"scopes\":[\"READ\"]}");
		assertThat(read.json().get("scopes").toString()).isEqualTo("[\"READ\"]");
		var reader = Api.bearer(port, read.json().get("token").asString());
		assertThat(reader.get("/api/operations").status()).isEqualTo(200);
		var refused = reader.post("/api/operations", OPERATION.formatted("R"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("This token may only read.");
		assertThat(reader.post("/api/me/tokens", "{\"name\":\"escalate\",\"scopes\":[\"WRITE\"]}").status())
			.as("nor issue itself a stronger one").isEqualTo(403);

		var write = Api.as(port, user).post("/api/me/tokens", "{\"name\":\"sync\",\"scopes\":[\"WRITE\"]}");
		assertThat(Api.bearer(port, write.json().get("token").asString()).post("/api/operations", OPERATION.formatted("W"))
			.status()).isEqualTo(201);
	}

	@Test
	void tokensIssuedTheOldWayStillWrite() {
		var user = accounts.ensure("t.tokens.legacy", "CCWP", Role.SECRETARIAT);
		var token = tokens.issue(user, ApiTokens.Purpose.API, "legacy client", Duration.ofDays(1));
		assertThat(Api.bearer(port, token).post("/api/operations", OPERATION.formatted("L")).status()).isEqualTo(201);
	}

	@Test
	void wrongInputIsNamedPerField() {
		var user = accounts.ensure("t.tokens.careless", "CCWP", Role.SECRETARIAT);
		var refused = Api.as(port, user).post("/api/me/tokens", """
				{"name":"","scopes":["EVERYTHING"],"validityDays":400}""");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		var errors = refused.json().get("errors");
		assertThat(errors.has("name") && errors.has("scopes") && errors.has("validityDays")).isTrue();
		assertThat(Api.as(port, user).get("/api/me/tokens").json().size()).as("nothing issued").isZero();
	}

	@Test
	void onlyTheOwnerRevokesAndARevokedTokenStopsWorking() {
		var owner = accounts.ensure("t.tokens.owner", "CCWP", Role.SECRETARIAT);
		var other = accounts.ensure("t.tokens.other", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var created = Api.as(port, owner).post("/api/me/tokens", "{\"name\":\"to revoke\",\"scopes\":[\"READ\"]}").json();
		var id = created.get("id").asString();
		var token = created.get("token").asString();

		var foreign = Api.as(port, other).delete("/api/me/tokens/" + id);
		var none = java.util.UUID.randomUUID().toString();
		var missing = Api.as(port, other).delete("/api/me/tokens/" + none);
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(withoutId(foreign.body(), id)).as("someone else's token looks like no token at all")
			.isEqualTo(withoutId(missing.body(), none));
		assertThat(Api.bearer(port, token).get("/api/operations").status()).isEqualTo(200);

		assertThat(Api.as(port, owner).delete("/api/me/tokens/" + id).status()).isEqualTo(204);
		assertThat(Api.bearer(port, token).get("/api/operations").status()).isEqualTo(401);
		assertThat(Api.as(port, owner).get("/api/me/tokens").json().get(0).get("revoked").asBoolean()).isTrue();

		var audit = jdbc.sql("select action || ' ' || actor || ' ' || after::text from audit_log "
				+ "where entity_type = 'api-token' and entity_id = ? order by id")
			.param(id).query(String.class).list();
		assertThat(audit).hasSize(2);
		assertThat(audit.get(0)).startsWith("CREATED t.tokens.owner").contains("to revoke");
		assertThat(audit.get(1)).startsWith("REVOKED t.tokens.owner");
		assertThat(String.join(" ", audit)).doesNotContain(token).doesNotContain(ApiTokens.hash(token));
	}

	private static String withoutId(String body, String id) {
		return body.replace("Token " + id + " ", "Token N ").replace("/tokens/" + id + "\"", "/tokens/N\"");
	}
}
