package eu.jcohub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.jcohub.exchange.PlansCollectionDue;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class PlansCollectionReminderTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSecretariatIsRemindedToCollectTheOtherBodiesPlans() {
		var secretariat = accounts.secretariat();
		var leader = accounts.leaderDk();
		transactions.executeWithoutResult(status -> events.publishEvent(
				new PlansCollectionDue("2051-1", LocalDate.of(2051, 1, 1), LocalDate.of(2050, 12, 31))));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				Api.as(port, secretariat).get("/api/notifications").body()).contains("semester 2051-1"));
		assertThat(Api.as(port, secretariat).get("/api/notifications").body())
			.as("days written the reader's way").contains("takes office on 1 Jan 2051").doesNotContain("2051-01-01");
		assertThat(Api.as(port, leader).get("/api/notifications").body()).doesNotContain("semester 2051-1");
	}
}
