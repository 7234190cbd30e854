package eu.jcohub.accounts;

import eu.jcohub.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.FormSession;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A failed sign-in says nothing about whether the username exists or the account is locked. */
@IntegrationTest
class NoUserEnumerationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSignInFormAnswersAlikeForUnknownUsersWrongPasswordsAndLockedAccounts() {
		var known = accounts.ensure("t.enum.known", "SE-CUSTOMS", Role.ANALYST);
		var locked = accounts.ensure("t.enum.locked", "SE-CUSTOMS", Role.ANALYST);
		jdbc.sql("update users set locked_until = now() + interval '1 hour' where username = ?").param(locked).update();

		var answers = List.of(failedSignIn("t.enum.nobody", "wrong-password"), failedSignIn(known, "wrong-password"),
				failedSignIn(locked, TestAccounts.PASSWORD), failedSignIn(locked, "wrong-password"));
		assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
		assertThat(answers.get(0)).contains("302 /login?error").contains("The username or password is wrong");
	}

	@Test
	void theApiAnswersAlikeForUnknownUsersWrongPasswordsAndLockedAccounts() throws Exception {
		var known = accounts.ensure("t.enum.api-known", "SE-CUSTOMS", Role.ANALYST);
		var locked = accounts.ensure("t.enum.api-locked", "SE-CUSTOMS", Role.ANALYST);
		jdbc.sql("update users set locked_until = now() + interval '1 hour' where username = ?").param(locked).update();

		var answers = List.of(basic("t.enum.api-nobody", "wrong"), basic(known, "wrong"),
				basic(locked, TestAccounts.PASSWORD));
		assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
		assertThat(answers.get(0)).startsWith("401");
	}

	/** Where the form sends the user and what the page it leads to says (without its CSRF token). */
	private String failedSignIn(String username, String password) {
		var session = new FormSession(port);
		var answer = session.signIn(username, password);
		var location = answer.headers().firstValue("Location").orElse("");
		var target = URI.create(location);
		var page = session.get(target.getPath() + "?" + target.getQuery()).body()
			.replaceAll("name=\"_csrf\" (type=\"hidden\" )?value=\"[^\"]+\"", "")
			.replaceAll("content=\"[^\"]{20,}\"", "");
		return answer.statusCode() + " " + target.getPath() + "?" + target.getQuery() + "\n" + page;
	}

	private String basic(String username, String password) throws Exception {
		var credentials = Api.basicCredentials(username, password);
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/operations"))
			.header("Authorization", "Basic " + credentials).build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		return response.statusCode() + " " + response.headers().firstValue("WWW-Authenticate").orElse("") + " "
				+ response.body();
	}
}
