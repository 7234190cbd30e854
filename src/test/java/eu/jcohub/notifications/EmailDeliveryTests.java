package eu.jcohub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import eu.jcohub.shared.web.Dates;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications by e-mail through a real SMTP client, against an in-process SMTP server: the same words as the
 * notification in JCO Hub, a link to the page, only to recipients who gave an address, and nothing while no SMTP
 * host is configured.
 */
@IntegrationTest
class EmailDeliveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	UserAccounts users;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	Dates dates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessPolicy access;

	@Autowired
	Clock clock;

	@Test
	void aNotificationGoesByMailWithItsOwnWordsAndLinkToRecipientsWithAnAddress() throws Exception {
		var withAddress = accounts.ensure("t.mail.fi", "FI-CUSTOMS", eu.jcohub.access.Role.NATIONAL_COORDINATOR);
		var without = accounts.ensure("t.nomail.fi", "FI-CUSTOMS", eu.jcohub.access.Role.NATIONAL_COORDINATOR);
		users.changeEmail(withAddress, "juha@customs.example.fi");
		users.changeEmail(without, "");

		delivery("smtp.example").on(new NotificationsSent(List.of(withAddress, without), "notification.taskOverdue",
				List.of("Book the venue", "BALTIC LANTERN", "2071-01-10"), "/operations/42#checklist"));

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		var received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		var mail = received[0];
		assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("juha@customs.example.fi");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("jcohub@hub.example");
		assertThat(mail.getSubject()).isEqualTo("JCO Hub: Overdue task: Book the venue");
		assertThat((String) mail.getContent()).contains("The task “Book the venue” of BALTIC LANTERN was due on 10 Jan 2071.")
			.contains("https://hub.example/operations/42#checklist");
	}

	@Test
	void withoutAnSmtpHostNothingIsSentNorQueued() {
		var off = delivery("");
		assertThat(off.enabled()).isFalse();
		var published = new ArrayList<Object>();
		var notifications = new Notifications(jdbc, access, messages, dates, clock, off, published::add);
		notifications.send(List.of("t.leader.dk"), NotificationMessage.of("notification.taskOverdue", "x", "y", "2071-01-10"),
				null);
		assertThat(published).isEmpty();

		var on = new Notifications(jdbc, access, messages, dates, clock, delivery("smtp.example"), published::add);
		on.send(List.of("t.leader.dk"), NotificationMessage.of("notification.taskOverdue", "x", "y", "2071-01-10"), null);
		assertThat(published).singleElement().isInstanceOf(NotificationsSent.class);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private EmailDelivery delivery(String host) {
		var settings = new MailSettings(host.isEmpty() ? null : "localhost", smtp.getSmtp().getPort(), null, null,
				"jcohub@hub.example", false, "https://hub.example/");
		return new EmailDelivery(settings, users, messages, dates);
	}
}
