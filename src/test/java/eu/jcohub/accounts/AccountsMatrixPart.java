package eu.jcohub.accounts;

import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Each user's own account: a wrong current password and wrong codes (the answer shows the errors and nothing
 * changes for the next rows), tokens of the caller's own to revoke; an account of its own for the administrators'
 * rows to disable, enable and revoke, never one of the matrix's users.
 */
class AccountsMatrixPart implements MatrixPart {

	private static final String TARGET = "m.accounts.target";

	@Override
	public void prepare(MatrixScenario scenario) {
		scenario.accounts().ensure(TARGET, "NL-CUSTOMS", eu.jcohub.access.Role.FIELD_OFFICER);
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "POST /account/password" -> MatrixRequest.form(pattern, "current=wrong&password=x&repeat=y");
			case "POST /account/two-factor", "POST /account/two-factor/disable" -> MatrixRequest.form(pattern, "code=000000");
			case "POST /account/sign-out-everywhere" -> MatrixRequest.form(pattern, "");
			case "POST /api/me/tokens" ->
				MatrixRequest.json(pattern, "{\"name\":\"matrix\",\"scopes\":[\"READ\"],\"validityDays\":1}");
			case "POST /account/tokens" -> MatrixRequest.form(pattern, "name=matrix&scope=READ&validityDays=1");
			case "POST /api/accounts/{username}/disable", "POST /api/accounts/{username}/enable",
					"POST /api/accounts/{username}/revoke-access" ->
				MatrixRequest.json(pattern.replace("{username}", TARGET), "");
			case "DELETE /api/me/tokens/{id}", "POST /account/tokens/{id}/revoke" ->
				MatrixRequest.form(pattern.replace("{id}", String.valueOf(ownToken(scenario, caller))), "");
			default -> null;
		});
	}

	/** A token of the caller's own to revoke (nobody signed in: any id). */
	private static java.util.UUID ownToken(MatrixScenario scenario, @Nullable String caller) {
		if (caller == null) {
			return java.util.UUID.randomUUID();
		}
		return scenario.bean(ApiTokens.class).issue(caller, TokenRequest.of("matrix", List.of("READ"), 1)).summary().id();
	}
}
