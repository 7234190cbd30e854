package eu.jcohub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.shared.startup.StartupWork;
import eu.jcohub.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health and readiness say UP only once the work an instance must do first (the demo data) is done. */
@IntegrationTest
class StartupWorkTests {

	@LocalServerPort
	int port;

	@Autowired
	StartupWork startup;

	@Test
	void healthAndReadinessWaitForPendingWork() throws Exception {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		startup.begin("test work");
		try {
			var health = get("/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("OUT_OF_SERVICE");
			assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(get("/actuator/health/liveness").statusCode()).as("alive all the same").isEqualTo(200);
		}
		finally {
			startup.done("test work");
		}
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
