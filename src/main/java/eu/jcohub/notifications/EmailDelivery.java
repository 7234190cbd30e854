package eu.jcohub.notifications;

import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.shared.web.Dates;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends each notification by e-mail too, to recipients who gave an address, once the change that raised it is
 * committed: the same words as in JCO Hub (the message keys, worded in English, days the English way), so an e-mail
 * never says more than the notification the recipient may read, and a link to the page. Off while no SMTP host is
 * configured. A failed delivery is logged and tried again when JCO Hub restarts (the event stays incomplete).
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
class EmailDelivery {

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);
	private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	private static final Locale LANGUAGE = Locale.ENGLISH;

	private final MailSettings settings;
	private final JavaMailSenderImpl sender;
	private final UserAccounts accounts;
	private final MessageSource messages;
	private final Dates dates;

	EmailDelivery(MailSettings settings, UserAccounts accounts, MessageSource messages, Dates dates) {
		this.settings = settings;
		this.accounts = accounts;
		this.messages = messages;
		this.dates = dates;
		this.sender = new JavaMailSenderImpl();
		if (settings.enabled()) {
			sender.setHost(settings.host());
			sender.setPort(settings.port());
			sender.setUsername(blankToNull(settings.username()));
			sender.setPassword(blankToNull(settings.password()));
			sender.setDefaultEncoding("UTF-8");
			var properties = new Properties();
			properties.put("mail.smtp.auth", String.valueOf(blankToNull(settings.username()) != null));
			properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
			properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
			properties.put("mail.smtp.connectiontimeout", "10000");
			properties.put("mail.smtp.timeout", "10000");
			properties.put("mail.smtp.writetimeout", "10000");
			sender.setJavaMailProperties(properties);
		}
	}

	boolean enabled() {
		return settings.enabled();
	}

	@ApplicationModuleListener
	void on(NotificationsSent sent) {
		if (!enabled()) {
			return;
		}
		var arguments = sent.arguments().stream()
			.map(argument -> ISO_DAY.matcher(argument).matches() ? dates.day(LocalDate.parse(argument), LANGUAGE) : argument)
			.toArray();
		var subject = messages.getMessage(sent.key() + ".title", arguments, LANGUAGE);
		var body = messages.getMessage(sent.key() + ".body", arguments, LANGUAGE);
		for (var recipient : sent.recipients()) {
			accounts.emailOf(recipient).ifPresent(address -> send(address, subject, body, sent.link()));
		}
	}

	private void send(String address, String subject, String body, @org.jspecify.annotations.Nullable String link) {
		var mail = new SimpleMailMessage();
		mail.setFrom(settings.sender());
		mail.setTo(address);
		mail.setSubject("JCO Hub: " + subject);
		mail.setText(body + (link == null ? "" : "\n\n" + settings.link(link)) + "\n\n"
				+ messages.getMessage("email.footer", null, LANGUAGE));
		try {
			sender.send(mail);
		}
		catch (MailException e) {
			log.warn("E-mail to a recipient could not be sent: {}", e.getMessage());
			throw e;
		}
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
