package eu.jcohub.exchange;

import eu.jcohub.shared.db.DemoMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a published calendar for a subscription, guarded: only http(s); no address on this machine, in a
 * private network or link-local (cloud metadata) unless configured ({@code jcohub.exchange.subscriptions.
 * allowed-addresses=loopback,private}; the demo allows loopback, for the calendar it serves itself); redirects
 * followed by hand, each checked again, at most five; at most 5 MB; the ETag and Last-Modified of the last pull
 * sent back, so that an unchanged calendar costs a 304. Every failure is told in words.
 */
@Component
class CalendarFetch {

	static final int MAX_BYTES = 5 * 1024 * 1024;
	private static final int MAX_REDIRECTS = 5;

	/** What the server answered: the file, or that nothing changed since the last pull. */
	record Fetched(@Nullable byte[] content, @Nullable String etag, @Nullable String lastModified) {

		boolean notModified() {
			return content == null;
		}
	}

	/** A pull that failed, with the reason in words. */
	static final class Failed extends RuntimeException {

		Failed(String reason) {
			super(reason);
		}
	}

	/** Credentials to send: a bearer token, or a user and password. */
	record Credentials(String kind, String secret) {
	}

	private final Set<String> allowed;
	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10)).build();

	@org.springframework.beans.factory.annotation.Autowired
	CalendarFetch(@Value("${jcohub.exchange.subscriptions.allowed-addresses:}") String allowedAddresses,
			DemoMode demo) {
		this(allowedAddresses, demo.enabled());
	}

	CalendarFetch(String allowedAddresses, boolean demo) {
		var allowed = new HashSet<String>();
		for (var word : allowedAddresses.split(",")) {
			if (!word.isBlank()) {
				allowed.add(word.strip().toLowerCase(Locale.ROOT));
			}
		}
		if (demo) {
			allowed.add("loopback");
		}
		this.allowed = Set.copyOf(allowed);
	}

	/** Refuses, in words, a URL that is not http(s) or names an address that is not allowed. */
	URI check(String url) {
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException e) {
			throw new Failed(url + " is not a web address");
		}
		var scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new Failed(url + " is not an http or https address");
		}
		if (uri.getUserInfo() != null) {
			throw new Failed("give the user and password as basic credentials, not in the address");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException e) {
			throw new Failed("the host " + uri.getHost() + " is unknown (no such name in the DNS)");
		}
		for (var address : addresses) {
			refuseIfNotAllowed(uri.getHost(), address);
		}
		return uri;
	}

	private void refuseIfNotAllowed(String host, InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
			if (!allowed.contains("loopback")) {
				throw new Failed(host + " is this machine (" + address.getHostAddress() + "); calendars on it may not be "
						+ "followed unless the configuration allows it");
			}
			return;
		}
		boolean uniqueLocal = address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc;
		if (address.isLinkLocalAddress() || address.isSiteLocalAddress() || uniqueLocal || address.isMulticastAddress()) {
			if (!allowed.contains("private")) {
				throw new Failed(host + " is a private or link-local address (" + address.getHostAddress() + "); "
						+ "calendars there may not be followed unless the configuration allows it");
			}
		}
	}

	Fetched fetch(String url, @Nullable Credentials credentials, @Nullable String etag, @Nullable String lastModified) {
		var uri = check(url);
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
				.header("Accept", "text/calendar, text/csv;q=0.9, */*;q=0.5");
			if (etag != null) {
				request.header("If-None-Match", etag);
			}
			if (lastModified != null) {
				request.header("If-Modified-Since", lastModified);
			}
			// Credentials go only to the host they were given for, never along a redirect elsewhere.
			if (credentials != null && uri.getHost().equalsIgnoreCase(URI.create(url.strip()).getHost())) {
				request.header("Authorization", authorization(credentials));
			}
			HttpResponse<InputStream> response;
			try {
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			}
			catch (IOException e) {
				throw new Failed(uri.getHost() + " cannot be reached: " + (e.getMessage() == null
						? e.getClass().getSimpleName() : e.getMessage()));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new Failed("the pull was interrupted");
			}
			int status = response.statusCode();
			if (status == 304) {
				close(response);
				return new Fetched(null, etag, lastModified);
			}
			if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
				close(response);
				var from = uri;
				var location = response.headers().firstValue("Location")
					.orElseThrow(() -> new Failed(from + " redirects without saying where"));
				uri = check(from.resolve(location).toString());
				continue;
			}
			if (status == 401 || status == 403) {
				close(response);
				throw new Failed(uri.getHost() + " refused the credentials (HTTP " + status + ")");
			}
			if (status != 200) {
				close(response);
				throw new Failed(uri.getHost() + " answered HTTP " + status + " instead of the calendar");
			}
			var bytes = read(response);
			return new Fetched(bytes, response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Last-Modified").orElse(null));
		}
		throw new Failed(url + " redirects more than " + MAX_REDIRECTS + " times (a redirect loop?)");
	}

	private static String authorization(Credentials credentials) {
		return "BASIC".equals(credentials.kind())
				? "Basic " + Base64.getEncoder().encodeToString(credentials.secret().getBytes(StandardCharsets.UTF_8))
				: "Bearer " + credentials.secret();
	}

	private static byte[] read(HttpResponse<InputStream> response) {
		var declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
		if (declared > MAX_BYTES) {
			close(response);
			throw new Failed("the calendar is larger than 5 MB (" + declared / 1024 / 1024 + " MB)");
		}
		try (var in = response.body()) {
			var out = new ByteArrayOutputStream();
			var buffer = new byte[16 * 1024];
			int n;
			while ((n = in.read(buffer)) >= 0) {
				out.write(buffer, 0, n);
				if (out.size() > MAX_BYTES) {
					throw new Failed("the calendar is larger than 5 MB");
				}
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new Failed("the calendar could not be read to its end: " + e.getMessage());
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ignored) {
			// nothing more to read
		}
	}
}
