package eu.jcohub.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An operation called off no longer stands in anyone's way: checks stop naming it once it is cancelled. */
@IntegrationTest
class CancelledOperationsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void aCancelledOperationIsNoLongerNamedAsAConflict() {
		var finn = accounts.coordinatorFi();
		var start = LocalDate.of(2038, 3, 1);
		var name = "CALLED OFF " + UUID.randomUUID();
		var created = Api.as(port, finn).post("/api/operations", WithheldConflictsTests.plan(name, "FI-CUSTOMS", "FI",
				List.of("FI", "EE"), List.of("CIGARETTES"), List.of("MARITIME_RORO"), List.of("FIHEL"), start,
				start.plusDays(7)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var id = created.json().get("id").asString();
		var draft = WithheldConflictsTests.plan("SAME WEEK", "FI-CUSTOMS", "FI", List.of("FI", "EE"),
				List.of("CIGARETTES"), List.of("MARITIME_RORO"), List.of("FIHEL"), start, start.plusDays(7));
		assertThat(conflictIds(finn, draft)).as("before it is called off").contains(id);

		var cancelled = Api.as(port, finn).post("/api/operations/" + id + "/transitions",
				"{\"to\":\"CANCELLED\",\"reason\":\"The target moved elsewhere\"}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

		assertThat(conflictIds(finn, draft)).as("once it is called off").doesNotContain(id);
	}

	private List<String> conflictIds(String username, String draft) {
		var answer = Api.as(port, username).post("/api/deconfliction/check", draft);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		var ids = new ArrayList<String>();
		answer.json().forEach(conflict -> ids.add(conflict.get("operationId").asString()));
		return ids;
	}
}
