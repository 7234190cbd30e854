package eu.jcohub.accounts;

import eu.jcohub.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LoginLockoutTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveWrongPasswordsLockTheAccountUntilTheLockRunsOut() throws Exception {
		var user = accounts.ensure("t.guessed", "SE-CUSTOMS", Role.ANALYST);
		for (int i = 0; i < LoginLockout.FREE_ATTEMPTS; i++) {
			assertThat(basic(user, "wrong-" + i)).isEqualTo(401);
		}
		assertThat(Api.as(port, user).get("/api/operations").status()).as("locked, even with the right password")
			.isEqualTo(401);

		jdbc.sql("update users set locked_until = now() - interval '1 second' where username = ?").param(user).update();
		assertThat(Api.as(port, user).get("/api/operations").status()).isEqualTo(200);
		assertThat(jdbc.sql("select failed_logins from users where username = ?").param(user).query(Integer.class).single())
			.as("a correct sign-in resets the count").isZero();
	}

	@Test
	void anUnknownUserAndAWrongPasswordLookTheSame() throws Exception {
		var user = accounts.ensure("t.someone", "SE-CUSTOMS", Role.ANALYST);
		assertThat(basic(user, "wrong")).isEqualTo(401);
		assertThat(basic("t.nobody-at-all", "wrong")).isEqualTo(401);
	}

	@Test
	void theLockGrowsWithEachFurtherFailure() {
		assertThat(LoginLockout.lockFor(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(LoginLockout.lockFor(6)).isEqualTo(Duration.ofMinutes(2));
		assertThat(LoginLockout.lockFor(9)).isEqualTo(Duration.ofMinutes(16));
		assertThat(LoginLockout.lockFor(40)).isEqualTo(Duration.ofDays(1));
	}

	private int basic(String username, String password) throws Exception {
		var credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/operations"))
			.header("Authorization", "Basic " + credentials).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}
}
