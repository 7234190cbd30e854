package eu.jcohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages say what happened and where to go next; the favicon is there before anyone signs in. */
@IntegrationTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void anUnknownAddressSaysThereIsNothingThereAndOffersTheCalendarAndTheList() {
		var page = FormSession.signedIn(port, accounts.leaderDk()).get("/operations-that-do-not-exist");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<title>Page not found – JCO Hub</title>").contains("id=\"error-title\"")
			.contains("There is nothing at this address").contains("href=\"/calendar\"").contains("href=\"/operations\"")
			.doesNotContain("Something went wrong").doesNotContain("Sign in as someone else");
	}

	@Test
	void anOperationThatDoesNotExistIsNotFoundInWords() {
		var page = FormSession.signedIn(port, accounts.leaderDk()).get("/operations/00000000-0000-0000-0000-000000000000");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").contains("Back to the calendar");
	}

	@Test
	void theFaviconIsServedToAnyoneAndLinkedFromEveryPage() throws Exception {
		var client = HttpClient.newHttpClient();
		for (var path : new String[] { "/favicon.ico", "/img/favicon.svg" }) {
			var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body().length).as(path).isGreaterThan(100);
		}
		var login = new FormSession(port).get("/login").body();
		assertThat(login).contains("rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\"")
			.contains("href=\"/favicon.ico\"");
	}
}
