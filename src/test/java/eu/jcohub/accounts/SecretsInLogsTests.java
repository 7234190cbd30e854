package eu.jcohub.accounts;

import eu.jcohub.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Passwords, Authorization headers and tokens never reach the log, even with the web and security loggers
 * at DEBUG as someone chasing a problem would set them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTests {

	private static final List<String> LOGGERS = List.of("org.springframework.security", "org.springframework.web",
			"eu.jcohub");
	private static final String PASSWORD = "Never-In-The-Log-4711";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	LoggingSystem logging;

	@BeforeEach
	void verbose() {
		LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void quiet() {
		LOGGERS.forEach(logger -> logging.setLogLevel(logger, null));
	}

	@Test
	void failedSignInsAndTokenCallsLeaveNoSecretInTheLog(CapturedOutput output) {
		var user = accounts.ensure("t.logs.user", "SE-CUSTOMS", Role.ANALYST);
		var token = tokens.issue(user, ApiTokens.Purpose.API, "log check", Duration.ofDays(1));
		var credentials = Api.basicCredentials(user, PASSWORD);

		assertThat(Api.bearer(port, "jco_unknown").get("/api/operations").status()).isEqualTo(401);
		assertThat(basic(user, PASSWORD)).isEqualTo(401);
		assertThat(Api.bearer(port, token).get("/api/me/tokens").status()).isEqualTo(200);
		assertThat(Api.bearer(port, token).post("/api/me/tokens", "{\"name\":\"by a token\",\"scopes\":[\"READ\"]}")
			.status()).as("a token issues no tokens").isEqualTo(403);
		var created = Api.as(port, user).post("/api/me/tokens", "{\"name\":\"issued in the log test\",\"scopes\":[\"READ\"]}");
		assertThat(created.status()).isEqualTo(201);
		var issued = created.json().get("token").asString();
		assertThat(new FormSession(port).signIn(user, PASSWORD).statusCode()).isEqualTo(302);

		assertThat(output.getAll()).as("the loggers did write (the capture works)").contains("/api/me/tokens");
		assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(credentials).doesNotContain(token)
			.doesNotContain(ApiTokens.hash(token)).doesNotContain(issued).doesNotContain(TestAccounts.PASSWORD);
	}

	private int basic(String username, String password) {
		var credentials = Api.basicCredentials(username, password);
		try {
			var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/operations"))
				.header("Authorization", "Basic " + credentials).build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
