package eu.jcohub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.shared.OperationId;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which of many operations a reader may see in detail, asked at once, is what reading each of them tells: for every
 * handling code and for readers who coordinate all, organise, take part or stand outside.
 */
@IntegrationTest
class DetailsVisibleAtOnceTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	JdbcClient jdbc;

	@Test
	void askedAtOnceEachReaderGetsTheOperationsWhoseDetailsTheyMaySeeOneByOne() {
		var secretariat = accounts.secretariat();
		var ids = new java.util.ArrayList<OperationId>();
		for (var handling : List.of("PARTICIPANTS", "PUBLIC_CALENDAR", "OWNER_ONLY", "NAMED")) {
			for (var organiser : List.of(new String[] { "DK-CUSTOMS", "DK" }, new String[] { "PT-CUSTOMS", "PT" })) {
				var plan = new OperationPlan("DV-" + handling + "-" + organiser[1] + "-" + System.nanoTime(),
						OperationType.JCO_REGIONAL, organiser[0], organiser[1], Set.of("FI"), Set.of(),
						Competence.SHARED, PolicyDomain.CUSTOMS, "ocu@example.eu", null, Set.of("CIGARETTES"),
						Set.of("ROAD"), Set.of(), List.of(new Phase(LocalDate.of(2053, 4, 1), LocalDate.of(2053, 4, 9))),
						"Objectives");
				var id = accounts.as(secretariat, () -> register.table(plan)).id();
				// Tabling always starts with the participants' code; the others are set as a stricter code would be.
				jdbc.sql("update operations set handling_code = ? where id = ?").params(handling, id.value()).update();
				ids.add(id);
			}
		}
		for (var reader : List.of(secretariat, accounts.leaderDk(), accounts.coordinatorFi(),
				accounts.coordinatorPt(), accounts.analyst())) {
			var oneByOne = accounts.as(reader, () -> ids.stream().filter(id -> register.find(id).detailsVisible())
				.collect(Collectors.toSet()));
			var atOnce = accounts.as(reader, () -> register.withDetailsVisible(ids));
			assertThat(atOnce).as(reader).isEqualTo(oneByOne);
		}
		// The readers differ, so the comparison above compares something.
		assertThat(accounts.as(accounts.analyst(), () -> register.withDetailsVisible(ids))).hasSize(2);
		assertThat(accounts.as(accounts.leaderDk(), () -> register.withDetailsVisible(ids))).hasSizeGreaterThan(4);
	}
}
