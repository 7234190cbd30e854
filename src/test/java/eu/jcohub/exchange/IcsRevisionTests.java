package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Later revisions of another body's event win over earlier ones; a cancelled event calls the operation off. */
@IntegrationTest
class IcsRevisionTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Test
	void anEarlierRevisionNeverOverwritesALaterOneAndACancellationCallsTheOperationOff() {
		var uid = "rev-71@other.example";
		var created = upload(event(uid, 2, "20710301", ""));
		assertThat(line(created).get("action").asString()).as(created.toString()).isEqualTo("CREATED");

		var older = upload(event(uid, 1, "20710501", ""));
		assertThat(line(older).get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(line(older).get("reasons").toString()).contains("earlier version").contains("SEQUENCE 1")
			.contains("SEQUENCE 2");
		assertThat(operation(uid).plan().firstPhase().start()).isEqualTo(LocalDate.of(2071, 3, 1));

		var later = upload(event(uid, 3, "20710601", ""));
		assertThat(line(later).get("action").asString()).isEqualTo("UPDATED");
		assertThat(operation(uid).plan().firstPhase().start()).isEqualTo(LocalDate.of(2071, 6, 1));

		var cancelled = upload(event(uid, 4, "20710601", "STATUS:CANCELLED\r\n"));
		assertThat(line(cancelled).get("action").asString()).isEqualTo("CANCELLED");
		assertThat(operation(uid).status()).isEqualTo(OperationStatus.CANCELLED);

		var again = upload(event(uid, 4, "20710601", "STATUS:CANCELLED\r\n"));
		assertThat(line(again).get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(line(again).get("reasons").toString()).contains("already cancelled");
	}

	@Test
	void aCancelMessageForAnEventTheCalendarNeverHeldChangesNothing() {
		var ics = IcsSemanticsTests.calendar("METHOD:CANCEL\r\n", IcsSemanticsTests.event("never-72@other.example", ""));
		var response = Upload.file(Api.as(port, accounts.secretariat()), "cancel.ics", ics, Map.of("organiser", "FRONTEX"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(line(response).get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(line(response).get("reasons").toString()).contains("nothing to cancel");
	}

	private Api.Response upload(String ics) {
		var response = Upload.file(Api.as(port, accounts.secretariat()), "frontex.ics", ics, Map.of("organiser", "FRONTEX"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private eu.jcohub.operations.OperationView operation(String uid) {
		return accounts.as(accounts.secretariat(), () -> register.findByExternalId("FRONTEX", uid)).orElseThrow();
	}

	private static JsonNode line(Api.Response response) {
		return response.json().get("lines").get(0);
	}

	private static String event(String uid, int sequence, String day, String more) {
		return IcsSemanticsTests.calendar("", "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nSEQUENCE:"
				+ sequence + "\r\nDTSTART;VALUE=DATE:" + day + "\r\nDURATION:P5D\r\nSUMMARY:Revised " + uid + "\r\n" + more
				+ "END:VEVENT\r\n");
	}
}
