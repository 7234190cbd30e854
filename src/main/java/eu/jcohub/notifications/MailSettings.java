package eu.jcohub.notifications;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How JCO Hub sends e-mail ({@code jcohub.smtp.*}, from {@code JCOHUB_SMTP_*}): off while the host is empty.
 *
 * @param baseUrl where readers open JCO Hub, for the links in e-mails ({@code JCOHUB_BASE_URL})
 * @param startTls upgrade the connection with STARTTLS (required when true)
 */
@ConfigurationProperties("jcohub.smtp")
record MailSettings(@Nullable String host, int port, @Nullable String username, @Nullable String password,
		@Nullable String from, boolean startTls, @Nullable String baseUrl) {

	boolean enabled() {
		return host != null && !host.isBlank();
	}

	String sender() {
		return from == null || from.isBlank() ? "jcohub@localhost" : from.strip();
	}

	String link(@Nullable String path) {
		if (path == null) {
			return "";
		}
		var base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}
}
