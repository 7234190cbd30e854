package eu.jcohub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 over a plain socket, for requests that a well-behaved client refuses to send: a request target with
 * malformed percent-encoding, a body that does not match its content type. One connection per request.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends the request as given: {@code target} goes on the request line unchanged, {@code body} (if any) with
	 * its content type and length.
	 */
	public Response send(String method, String target, @Nullable String authorization, @Nullable String contentType,
			byte @Nullable [] body) {
		return send(method, target, authorization == null ? Map.of() : Map.of("Authorization", authorization),
				contentType, body);
	}

	/** The same, with any further headers (a session cookie, say; a Host header of its own replaces the real one). */
	public Response send(String method, String target, Map<String, String> headers, @Nullable String contentType,
			byte @Nullable [] body) {
		var head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		if (!headers.containsKey("Host")) {
			head.append("Host: localhost:").append(port).append("\r\n");
		}
		head.append("Accept: */*\r\n")
			.append("Connection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			var out = socket.getOutputStream();
			try {
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				if (body != null) {
					out.write(body);
				}
				out.flush();
			}
			catch (IOException refusedEarly) {
				// The server may answer and close before it has read the whole body; its answer still counts.
			}
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException("No answer to " + method + " " + target, e);
		}
	}

	private static Response parse(byte[] raw) throws IOException {
		int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		if (end < 0) {
			throw new IOException("Incomplete answer: " + new String(raw, StandardCharsets.ISO_8859_1));
		}
		var lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		var headers = new LinkedHashMap<String, String>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
		}
		var body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(new java.io.ByteArrayInputStream(body));
		}
		return new Response(status, headers, body);
	}

	private static byte[] dechunk(InputStream in) throws IOException {
		var out = new ByteArrayOutputStream();
		while (true) {
			var size = new StringBuilder();
			int c;
			while ((c = in.read()) != -1 && c != '\n') {
				if (c != '\r') {
					size.append((char) c);
				}
			}
			int length = size.isEmpty() ? 0 : Integer.parseInt(size.toString().split(";")[0].strip(), 16);
			if (length == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(length));
			in.readNBytes(2);
		}
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	public record Response(int status, Map<String, String> headers, byte[] bytes) {

		public String body() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		public String contentType() {
			return headers.getOrDefault("content-type", "");
		}
	}
}
