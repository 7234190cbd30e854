package eu.jcohub.operations.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationFiltersTests {

	private static final LocalDate YEAR_START = LocalDate.of(2040, 1, 1);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@BeforeAll
	void operations() {
		var leader = accounts.leaderDk();
		accounts.coordinatorPt();
		accounts.coordinatorFi();
		post(leader, Plans.json("F-ROAD-FI", "DK-CUSTOMS", "DK", List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"),
				YEAR_START.plusDays(10), YEAR_START.plusDays(20)));
		post(leader, Plans.json("F-SEA-PT", "DK-CUSTOMS", "DK", List.of("PT"), List.of("COCAINE"),
				List.of("MARITIME_CONTAINER"), YEAR_START.plusDays(100), YEAR_START.plusDays(110)));
		post(leader, Plans.json("F-AIR-FI", "DK-CUSTOMS", "DK", List.of("FI"), List.of("CASH"), List.of("AIR"),
				YEAR_START.plusDays(200), YEAR_START.plusDays(210)));
	}

	@Test
	void filtersByDates() {
		assertThat(names("t.leader.dk", "from=2040-01-15&to=2040-02-01")).containsExactly("F-ROAD-FI");
		assertThat(names("t.leader.dk", "from=2040-01-01&to=2040-12-31")).containsExactly("F-ROAD-FI", "F-SEA-PT", "F-AIR-FI");
	}

	@Test
	void filtersByCountryRiskAreaParentAndType() {
		var year = "from=2040-01-01&to=2040-12-31";
		assertThat(names("t.leader.dk", year + "&country=PT")).containsExactly("F-SEA-PT");
		assertThat(names("t.leader.dk", year + "&riskArea=DRUGS")).containsExactly("F-SEA-PT");
		assertThat(names("t.leader.dk", year + "&transportMode=MARITIME")).containsExactly("F-SEA-PT");
		assertThat(names("t.leader.dk", year + "&type=JCO_REGIONAL&q=f-air")).containsExactly("F-AIR-FI");
		assertThat(names("t.leader.dk", year + "&organiser=FRONTEX")).isEmpty();
	}

	@Test
	void aFilterOnDetailsNeverRevealsThemToOutsiders() {
		var year = "from=2040-01-01&to=2040-12-31";
		assertThat(names("t.coordinator.fi", year)).containsExactly("F-ROAD-FI", "F-SEA-PT", "F-AIR-FI");
		assertThat(names("t.coordinator.fi", year + "&transportMode=MARITIME")).isEmpty();
		assertThat(names("t.coordinator.pt", year + "&transportMode=MARITIME")).containsExactly("F-SEA-PT");
	}

	@Test
	void badFilterValuesAre400() {
		assertThat(Api.as(port, "t.leader.dk").get("/api/operations?from=yesterday").status()).isEqualTo(400);
		assertThat(Api.as(port, "t.leader.dk").get("/api/operations?type=PICNIC").status()).isEqualTo(400);
		assertThat(Api.as(port, "t.leader.dk").get("/api/operations?from=2040-02-01&to=2040-01-01").status()).isEqualTo(400);
	}

	private List<String> names(String user, String query) {
		var response = Api.as(port, user).get("/api/operations?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var names = new ArrayList<String>();
		for (JsonNode operation : response.json()) {
			if (operation.get("name").asString().startsWith("F-")) {
				names.add(operation.get("name").asString());
			}
		}
		return names;
	}

	private void post(String user, String body) {
		assertThat(Api.as(port, user).post("/api/operations", body).status()).isEqualTo(201);
	}
}
